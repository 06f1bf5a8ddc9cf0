package org.plaza.events.comments;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * A resident's comment was confirmed by email (or edited: a higher revision) and is in the drive;
 * keyed by the comment so a busy drive spreads over partitions.
 *
 * @param commentId The comment.
 * @param driveId The comment drive.
 * @param campaignId The campaign this item belongs to.
 * @param supporterId The resident's pseudonym: a keyed hash of their canonical email, the same in
 *        every service.
 * @param position The resident's position on the item.
 * @param community Community code, UPPER_SNAKE, from the platform vocabulary
 *        ({@code plaza.vocabulary.communities}, or {@code OTHER} where a resident gives it).
 * @param language The language the comment is written in (ISO 639-1).
 * @param wantsToSpeak The resident asks to speak at the meeting.
 * @param interpretationLanguage The language the resident will speak in, when they want to speak
 *        and it is not the meeting's.
 * @param volunteerOptIn The resident would like to volunteer (they become a lead in outreach).
 * @param revision 1 for the first confirmed version; each edit raises it. Consumers keep the
 *        highest.
 * @param submittedAt When this revision was confirmed.
 * @param shareSource Which share brought the commenter to the drive, from the page address's {@code ?src=}:
 *        WHATSAPP, SMS, FACEBOOK, EMAIL, QR, FLYER, or OTHER for a code outside that list; null when the visit
 *        came from no share link (and from producers before it was added).
 */
@EventType("plaza.comments.comment-submitted.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record CommentSubmitted(
        String commentId,
        String driveId,
        String campaignId,
        String supporterId,
        Position position,
        String community,
        String language,
        boolean wantsToSpeak,
        String interpretationLanguage,
        boolean volunteerOptIn,
        int revision,
        Instant submittedAt,
        String shareSource) implements PlazaEvent {

    /** A comment without its share source, as before {@code shareSource} existed. */
    public CommentSubmitted(String commentId, String driveId, String campaignId, String supporterId, Position position,
            String community, String language, boolean wantsToSpeak, String interpretationLanguage,
            boolean volunteerOptIn, int revision, Instant submittedAt) {
        this(commentId, driveId, campaignId, supporterId, position, community, language, wantsToSpeak,
                interpretationLanguage, volunteerOptIn, revision, submittedAt, null);
    }

    /** A commenter's position on the agenda item. */
    public enum Position {
        SUPPORT, OPPOSE, NEUTRAL
    }

    @Override
    public String subject() {
        return commentId;
    }

}
