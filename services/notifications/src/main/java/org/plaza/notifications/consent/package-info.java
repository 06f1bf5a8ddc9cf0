/**
 * Consent: who unsubscribed from which category (kept as a keyed hash of the canonical email, never the
 * address) and the signed one-click unsubscribe links.
 */
package org.plaza.notifications.consent;
