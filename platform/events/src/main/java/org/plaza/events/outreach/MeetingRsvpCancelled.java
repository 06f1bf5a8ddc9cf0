package org.plaza.events.outreach;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * A resident cancelled their RSVP to a meeting; its pending reminders are void. The RSVP's id is opaque (it
 * names nobody): the notifications service finds the reminders by it.
 *
 * @param meetingId The meeting.
 * @param campaignId The campaign this item belongs to.
 * @param rsvpId The cancelled RSVP, the first related id of its reminders.
 * @param going Residents going after this cancellation.
 * @param cancelledAt When it was cancelled.
 */
@EventType("plaza.outreach.meeting-rsvp-cancelled.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeetingRsvpCancelled(
        String meetingId,
        String campaignId,
        String rsvpId,
        int going,
        Instant cancelledAt) implements PlazaEvent {

    @Override
    public String subject() {
        return meetingId;
    }

}
