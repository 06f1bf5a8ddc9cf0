package org.plaza.events.outreach;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * A resident confirmed their RSVP to a meeting that was full and joined its waitlist; the event counts, it names
 * nobody. A place given back goes to the first in line ({@code MeetingRsvped} with {@code promoted}).
 *
 * @param meetingId The meeting.
 * @param campaignId The campaign this item belongs to.
 * @param waitlisted Residents waiting for a place after this one (their position in line).
 * @param going Residents going.
 * @param capacity Places.
 * @param waitlistedAt When they joined the waitlist.
 */
@EventType("plaza.outreach.meeting-waitlisted.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeetingWaitlisted(
        String meetingId,
        String campaignId,
        int waitlisted,
        int going,
        Integer capacity,
        Instant waitlistedAt) implements PlazaEvent {

    @Override
    public String subject() {
        return meetingId;
    }

}
