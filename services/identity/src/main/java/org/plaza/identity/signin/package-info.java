/** Signing in at identity: the bilingual sign-in, sign-out and password pages, lockout bookkeeping, and the session they share. */
package org.plaza.identity.signin;
