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
 * @param waitlisted Residents waiting for a place after this RSVP; null from producers before waitlists.
 * @param promoted Whether this resident was waiting and got a place someone gave back; null from producers before
 *        waitlists.
 */
@EventType("plaza.outreach.meeting-rsvped.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeetingRsvped(
        String meetingId,
        String campaignId,
        int going,
        Integer capacity,
        Instant rsvpedAt,
        Integer waitlisted,
        Boolean promoted) implements PlazaEvent {

    /** An RSVP that took a free place, as before waitlists existed. */
    public MeetingRsvped(String meetingId, String campaignId, int going, Integer capacity, Instant rsvpedAt) {
        this(meetingId, campaignId, going, capacity, rsvpedAt, null, null);
    }

    @Override
    public String subject() {
        return meetingId;
    }

}
