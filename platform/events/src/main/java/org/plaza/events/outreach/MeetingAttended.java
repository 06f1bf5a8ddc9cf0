package org.plaza.events.outreach;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * A resident who RSVPed was checked in at the door of a meeting; the event counts, it names nobody.
 *
 * @param meetingId The meeting.
 * @param campaignId The campaign this item belongs to.
 * @param attended Residents checked in after this one.
 * @param going Residents going (RSVPs confirmed and not cancelled).
 * @param staffId The organizer who checked them in.
 * @param recordedAt When they were checked in.
 */
@EventType("plaza.outreach.meeting-attended.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeetingAttended(
        String meetingId,
        String campaignId,
        int attended,
        int going,
        String staffId,
        Instant recordedAt) implements PlazaEvent {

    @Override
    public String subject() {
        return meetingId;
    }

}
