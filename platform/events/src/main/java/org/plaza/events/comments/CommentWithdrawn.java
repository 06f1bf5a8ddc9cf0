package org.plaza.events.comments;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * A resident withdrew their comment before the deadline; it leaves the packet and the counts.
 *
 * @param commentId The comment.
 * @param driveId The comment drive.
 * @param campaignId The campaign this item belongs to.
 * @param supporterId The resident's pseudonym: a keyed hash of their canonical email, the same in
 *        every service.
 * @param withdrawnAt When it was withdrawn.
 */
@EventType("plaza.comments.comment-withdrawn.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record CommentWithdrawn(
        String commentId,
        String driveId,
        String campaignId,
        String supporterId,
        Instant withdrawnAt) implements PlazaEvent {

    @Override
    public String subject() {
        return commentId;
    }

}
