/**
 * Staff JWTs for tests, from a real local OpenID Connect issuer that services trust as OAuth2
 * resource servers.
 */
package org.plaza.testsupport.security;
