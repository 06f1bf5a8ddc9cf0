package org.plaza.events.petitions;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * A resident confirmed their email and their signature now counts; keyed by the signature so a
 * viral petition spreads over partitions.
 *
 * @param signatureId The signature.
 * @param petitionId The petition.
 * @param campaignId The campaign this item belongs to.
 * @param supporterId The resident's pseudonym: a keyed hash of their canonical email, the same in
 *        every service.
 * @param community Community code, UPPER_SNAKE, from the platform vocabulary
 *        ({@code plaza.vocabulary.communities}, or {@code OTHER} where a resident gives it).
 * @param language The language the resident signed in (ISO 639-1: es or en).
 * @param updatesOptIn The resident agreed to receive updates about the petition.
 * @param volunteerOptIn The resident would like to volunteer (they become a lead in outreach).
 * @param channel Where the signature came from: WEB, PAPER_FORM, CANVASS.
 * @param verifiedAt When the email was confirmed.
 * @param shareSource Which share brought the signer to the petition, from the page address's {@code ?src=}:
 *        WHATSAPP, SMS, FACEBOOK, EMAIL, QR, FLYER, or OTHER for a code outside that list; null when the visit
 *        came from no share link (and from producers before it was added).
 */
@EventType("plaza.petitions.signature-verified.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record SignatureVerified(
        String signatureId,
        String petitionId,
        String campaignId,
        String supporterId,
        String community,
        String language,
        boolean updatesOptIn,
        boolean volunteerOptIn,
        String channel,
        Instant verifiedAt,
        String shareSource) implements PlazaEvent {

    /** A signature without its share source, as before {@code shareSource} existed. */
    public SignatureVerified(String signatureId, String petitionId, String campaignId, String supporterId,
            String community, String language, boolean updatesOptIn, boolean volunteerOptIn, String channel,
            Instant verifiedAt) {
        this(signatureId, petitionId, campaignId, supporterId, community, language, updatesOptIn, volunteerOptIn,
                channel, verifiedAt, null);
    }

    @Override
    public String subject() {
        return signatureId;
    }

}
