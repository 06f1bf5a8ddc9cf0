/** Staff sign-in journeys through the gateway and identity: roles, CSRF, foreign tokens, rate limits. */
package org.plaza.systemtests.identity;
