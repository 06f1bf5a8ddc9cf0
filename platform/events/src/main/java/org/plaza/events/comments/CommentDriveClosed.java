package org.plaza.events.comments;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * A comment drive stopped taking comments, at its deadline or by an organizer.
 *
 * @param driveId The comment drive.
 * @param campaignId The campaign this item belongs to.
 * @param reason Why it closed.
 * @param commentDeadline The deadline it had.
 * @param confirmedCommentCount Confirmed, not withdrawn comments at closing.
 * @param staffId The organizer who closed it; null when the deadline passed.
 * @param closedAt When it closed.
 */
@EventType("plaza.comments.comment-drive-closed.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record CommentDriveClosed(
        String driveId,
        String campaignId,
        Reason reason,
        Instant commentDeadline,
        int confirmedCommentCount,
        String staffId,
        Instant closedAt) implements PlazaEvent {

    /** Why a drive closed. */
    public enum Reason {
        DEADLINE_PASSED, CLOSED_BY_ORGANIZER
    }

    @Override
    public String subject() {
        return driveId;
    }

}
