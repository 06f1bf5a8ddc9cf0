/** The OIDC provider: authorization code with PKCE for the gateway, signed JWTs with the staff roles, persistent signing keys. */
package org.plaza.identity.token;
