/**
 * Abuse and overload limits at the front door: request body size, admission control on resident writes, and
 * per-client rate limits on resident writes and staff sign-in.
 */
package org.plaza.gateway.limits;
