/** The consumers that feed intake: one binding per topic. */
package org.plaza.supporters.intake.messaging;
