package org.plaza.petitions.signature;

import java.time.Instant;

/** One counting signature as exports list it; never the email. */
public record SignerRow(String signatureId, String fullName, String community, String language, Instant verifiedAt,
        boolean updatesOptIn, boolean volunteerOptIn, String visibleComment) {
}
