/**
 * Retention and erasure of volunteers' personal data, declared for the starter's kit: a configurable time after
 * a volunteer's last activity (default 180 days, as petitions and comments), and at once for a supporter erased
 * through the supporters service, their name, email, phone and guardian's details are erased; sign-ups, hours,
 * certificates, counts and events remain, keyed by ids and the pseudonymous supporterId. Unconfirmed sign-ups
 * are forgotten once they expire.
 */
package org.plaza.outreach.retention;
