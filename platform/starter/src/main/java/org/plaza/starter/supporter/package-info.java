/**
 * The supporter pseudonym (a keyed hash of the canonical email, the only way events and other services refer to
 * a person), and the hand-over of a resident's contact details and consents to the supporters service when an
 * action is confirmed ({@link org.plaza.starter.supporter.SupporterContact}, {@link org.plaza.starter.supporter.FormConsent}).
 */
package org.plaza.starter.supporter;
