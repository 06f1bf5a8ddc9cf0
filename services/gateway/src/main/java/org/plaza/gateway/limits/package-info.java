/** Abuse limits at the front door: request body size, and per-client rate limits on resident writes and staff sign-in. */
package org.plaza.gateway.limits;
