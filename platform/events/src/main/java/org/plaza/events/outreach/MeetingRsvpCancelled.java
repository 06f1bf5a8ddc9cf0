package org.plaza.events.outreach;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * A resident cancelled their RSVP to a meeting (a place, or a spot on its waitlist); its pending reminders are void. The RSVP's id is opaque (it
 * names nobody): the notifications service finds the reminders by it.
 *
 * @param meetingId The meeting.
 * @param campaignId The campaign this item belongs to.
 * @param rsvpId The cancelled RSVP, the first related id of its reminders.
 * @param going Residents going after this cancellation.
 * @param cancelledAt When it was cancelled.
 * @param waitlisted Residents waiting for a place after this cancellation (and any promotion it caused); null from
 *        producers before waitlists.
 */
@EventType("plaza.outreach.meeting-rsvp-cancelled.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeetingRsvpCancelled(
        String meetingId,
        String campaignId,
        String rsvpId,
        int going,
        Instant cancelledAt,
        Integer waitlisted) implements PlazaEvent {

    /** A cancellation without the waitlist's count, as before waitlists existed. */
    public MeetingRsvpCancelled(String meetingId, String campaignId, String rsvpId, int going, Instant cancelledAt) {
        this(meetingId, campaignId, rsvpId, going, cancelledAt, null);
    }

    @Override
    public String subject() {
        return meetingId;
    }

}
