/**
 * Intake: contact hand-overs from the restricted {@code plaza.supporters.contacts} topic and the domain events that
 * name a {@code supporterId}, recorded on that person's supporter record. Idempotent and order-independent.
 */
package org.plaza.supporters.intake;
