/** Identity: a small OIDC provider for staff (accounts, roles, sign-in, tokens) and the staff audit trail. */
package org.plaza.identity;
