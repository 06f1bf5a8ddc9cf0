package org.plaza.petitions.signature;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One counting signature as exports list it; never the email. {@code channel} is WEB, PAPER_FORM or CANVASS; a
 * paper signature also names its sheet and the day it was collected.
 */
public record SignerRow(String signatureId, String fullName, String community, String language, Instant verifiedAt,
        boolean updatesOptIn, boolean volunteerOptIn, String visibleComment, String channel, String sheet,
        LocalDate collectedOn) {

    /** A signature made on the web. */
    public SignerRow(String signatureId, String fullName, String community, String language, Instant verifiedAt,
            boolean updatesOptIn, boolean volunteerOptIn, String visibleComment) {
        this(signatureId, fullName, community, language, verifiedAt, updatesOptIn, volunteerOptIn, visibleComment,
                Signature.CHANNEL_WEB, null, null);
    }
}
