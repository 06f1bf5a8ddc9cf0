package org.plaza.events.supporters;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * A service that took a resident's details through a confirmed action hands them to the supporters service.
 * One of the two contracts with contact details: it travels on the restricted, compacted topic
 * {@code plaza.supporters.contacts}, keyed by {@code supporterId}, which only supporters and notifications read;
 * erasure writes a tombstone for the key.
 *
 * @param shareId Idempotency key: the same hand-over delivered twice is recorded once.
 * @param supporterId The resident's pseudonym (a keyed hash of the canonical email, or of the mobile number for a
 *        resident who gave no email), the record key.
 * @param sourceService The service that took the details: petitions, comments, outreach or supporters (import).
 * @param source What the resident did there: PETITION_SIGNATURE, PUBLIC_COMMENT, VOLUNTEER_SIGNUP, SHIFT_SIGNUP,
 *        MEETING_RSVP, PAPER_SHEET or IMPORT.
 * @param campaignId The campaign the action belongs to, if any.
 * @param itemId The petition, drive, shift, meeting or sheet the action was taken on, if any.
 * @param email The resident's email as they typed it, if given; its canonical form gives the supporterId. A resident
 *        who gave only a mobile number has none.
 * @param displayName The name the resident gave.
 * @param phone A mobile number in E.164, if given; for a resident who gave no email, its keyed hash is the
 *        supporterId.
 * @param locale The resident's language (ISO 639-1: es or en).
 * @param community Community code from the platform vocabulary, if given.
 * @param consents What the resident agreed to (or declined) with this action, with the wording they were shown.
 * @param sharedAt When the action was confirmed.
 */
@EventType(value = "plaza.supporters.supporter-contact-shared.v1", topic = "plaza.supporters.contacts")
@JsonIgnoreProperties(ignoreUnknown = true)
public record SupporterContactShared(
        String shareId,
        String supporterId,
        String sourceService,
        String source,
        String campaignId,
        String itemId,
        String email,
        String displayName,
        String phone,
        String locale,
        String community,
        List<Consent> consents,
        Instant sharedAt) implements PlazaEvent {

    /**
     * One consent decision, as the resident gave it.
     *
     * @param channel EMAIL or SMS.
     * @param category The kind of message it covers, a {@code NotificationCategory} name
     *        (CAMPAIGN_UPDATES, REMINDERS, INVITATIONS).
     * @param granted Whether the resident agreed.
     * @param wording The text of the checkbox the resident was shown, in the language shown: the provenance.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Consent(String channel, String category, boolean granted, String wording) {
    }

    @Override
    public String subject() {
        return supporterId;
    }

}
