package org.plaza.supporters.supporter;

import java.time.Instant;

/**
 * One consent decision with its provenance: what the person agreed to (or declined) on which channel and for
 * which kind of message, the words they were shown, where and when.
 *
 * @param channel    EMAIL or SMS
 * @param category   the kind of message (CAMPAIGN_UPDATES, REMINDERS, INVITATIONS)
 * @param granted    whether they agreed
 * @param wording    the text of the checkbox or the sheet, as shown
 * @param source     what they did there (PETITION_SIGNATURE, IMPORT…)
 * @param service    the service that took it
 * @param itemId     the petition, drive, shift or import it was given on
 * @param recordedBy the staff member who typed it in (imports), else null
 * @param file       the imported file's name (imports), else null
 * @param shareId    the hand-over or import row that brought it (idempotency)
 * @param at         when it was given
 */
public record Consent(String channel, String category, boolean granted, String wording, String source, String service,
        String itemId, String recordedBy, String file, String shareId, Instant at) {

    /** The channel and category, e.g. {@code EMAIL:CAMPAIGN_UPDATES}: what the decision is about. */
    public String purpose() {
        return purpose(channel, category);
    }

    public static String purpose(String channel, String category) {
        return channel + ":" + category;
    }
}
