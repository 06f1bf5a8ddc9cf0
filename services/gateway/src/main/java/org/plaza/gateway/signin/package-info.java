/** Staff sign-in at the gateway: authorization code with PKCE against identity, nothing in memory before sign-in, a session per signed-in browser, sign-out everywhere. */
package org.plaza.gateway.signin;
