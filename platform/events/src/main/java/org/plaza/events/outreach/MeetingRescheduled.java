package org.plaza.events.outreach;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * An organizer moved a meeting to another time or place. Those going get an updated calendar invite (same UID,
 * this {@code sequence}) and new reminders; the reminders of the invite before ({@code sequence - 1}) are void: each
 * reminder carries {@link #reminderGroup(String, int)} of its invite among its related ids.
 *
 * @param meetingId The meeting.
 * @param campaignId The campaign this item belongs to.
 * @param community Community code of the place it is now held.
 * @param startsAt When it now starts.
 * @param endsAt When it now ends.
 * @param sequence The invite's SEQUENCE after this change (1 for the first change).
 * @param going Residents going, who were sent the updated invite.
 * @param staffId The organizer who moved it.
 * @param rescheduledAt When it was moved.
 */
@EventType("plaza.outreach.meeting-rescheduled.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeetingRescheduled(
        String meetingId,
        String campaignId,
        String community,
        Instant startsAt,
        Instant endsAt,
        int sequence,
        int going,
        String staffId,
        Instant rescheduledAt) implements PlazaEvent {

    /** The related id that groups the reminders sent with one version of a meeting's invite: {@code <meetingId>#<sequence>}. */
    public static String reminderGroup(String meetingId, int sequence) {
        return meetingId + "#" + sequence;
    }

    @Override
    public String subject() {
        return meetingId;
    }

}
