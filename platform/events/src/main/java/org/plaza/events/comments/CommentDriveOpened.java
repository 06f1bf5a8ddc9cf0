package org.plaza.events.comments;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * An organizer opened a public-comment drive on one agenda item of a public body's meeting.
 *
 * @param driveId The comment drive.
 * @param campaignId The campaign this item belongs to.
 * @param publicBodyId The public body the comments go to.
 * @param publicBodyKind WATER_DISTRICT_BOARD, SCHOOL_DISTRICT_BOARD, CITY_COUNCIL, COUNTY_BOARD.
 * @param titleEs Public title in Spanish.
 * @param titleEn Public title in English.
 * @param agendaItemNumber The agenda item's number as the body writes it.
 * @param meetingAt When the meeting starts.
 * @param timeZone The body's time zone (IANA).
 * @param commentDeadline When commenting closes.
 * @param speakingRequestsAllowed Residents may ask to speak at the meeting.
 * @param staffId The organizer who opened it.
 * @param openedAt When it opened.
 */
@EventType("plaza.comments.comment-drive-opened.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record CommentDriveOpened(
        String driveId,
        String campaignId,
        String publicBodyId,
        String publicBodyKind,
        String titleEs,
        String titleEn,
        String agendaItemNumber,
        Instant meetingAt,
        String timeZone,
        Instant commentDeadline,
        boolean speakingRequestsAllowed,
        String staffId,
        Instant openedAt) implements PlazaEvent {

    @Override
    public String subject() {
        return driveId;
    }

}
