/**
 * Contracts of the supporters service, the one home of a person's contact details and consent: the contact
 * hand-over that petitions, comments and outreach send on the restricted topic {@code plaza.supporters.contacts}
 * (keyed by {@code supporterId}, compacted, read only by supporters and notifications), and the domain events the
 * supporters service publishes on {@code plaza.supporters}, which carry no personal data.
 */
package org.plaza.events.supporters;
