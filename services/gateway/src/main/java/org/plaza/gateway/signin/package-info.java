/** Staff sign-in at the gateway: authorization code with PKCE against identity, a session per browser, sign-out everywhere. */
package org.plaza.gateway.signin;
