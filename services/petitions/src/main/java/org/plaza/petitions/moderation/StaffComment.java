package org.plaza.petitions.moderation;

import java.time.Instant;

/** A comment as moderators see it. */
public record StaffComment(String signatureId, String text, String community, boolean verified, boolean hidden,
        String hiddenReason, Instant submittedAt) {
}
