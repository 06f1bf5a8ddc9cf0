package org.plaza.events.outreach;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * An organizer called a whole meeting off: every pending reminder about it is void, and those who RSVPed were told.
 *
 * @param meetingId The meeting, a related id of each of its reminders.
 * @param campaignId The campaign this item belongs to.
 * @param going Residents who were going and were told.
 * @param waitlisted Residents who were waiting for a place and were told.
 * @param staffId The organizer who cancelled it.
 * @param cancelledAt When it was cancelled.
 */
@EventType("plaza.outreach.meeting-cancelled.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeetingCancelled(
        String meetingId,
        String campaignId,
        int going,
        int waitlisted,
        String staffId,
        Instant cancelledAt) implements PlazaEvent {

    @Override
    public String subject() {
        return meetingId;
    }

}
