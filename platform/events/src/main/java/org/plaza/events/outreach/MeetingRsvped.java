package org.plaza.events.outreach;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * A resident's RSVP to a meeting was confirmed (their email proven); the event counts, it names nobody.
 *
 * @param meetingId The meeting.
 * @param campaignId The campaign this item belongs to.
 * @param going Residents going after this RSVP.
 * @param capacity Places; null when there is no limit.
 * @param rsvpedAt When the RSVP was confirmed.
 */
@EventType("plaza.outreach.meeting-rsvped.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeetingRsvped(
        String meetingId,
        String campaignId,
        int going,
        Integer capacity,
        Instant rsvpedAt) implements PlazaEvent {

    @Override
    public String subject() {
        return meetingId;
    }

}
