package org.plaza.events.comments;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * A comment was approved for the packet or rejected, by a moderator or by the drive's
 * auto-approval.
 *
 * @param commentId The comment.
 * @param driveId The comment drive.
 * @param campaignId The campaign this item belongs to.
 * @param decision The decision.
 * @param reasonCode Why it was rejected: ABUSIVE, PERSONAL_DATA, OFF_TOPIC, SPAM.
 * @param automatic Decided by the drive's auto-approval, not a person.
 * @param staffId The moderator; null when automatic.
 * @param moderatedAt When it was decided.
 */
@EventType("plaza.comments.comment-moderated.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record CommentModerated(
        String commentId,
        String driveId,
        String campaignId,
        Decision decision,
        String reasonCode,
        boolean automatic,
        String staffId,
        Instant moderatedAt) implements PlazaEvent {

    /** A moderation decision. */
    public enum Decision {
        APPROVED, REJECTED
    }

    @Override
    public String subject() {
        return commentId;
    }

}
