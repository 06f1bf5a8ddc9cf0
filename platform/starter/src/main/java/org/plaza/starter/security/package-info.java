/**
 * Every service as an OAuth2 resource server: staff APIs and pages need a token with a staff role,
 * resident pages and public APIs stay open, forms carry CSRF tokens, every response carries the
 * security headers, and 401/403 are answered as localized problems.
 */
package org.plaza.starter.security;
