package org.plaza.events.outreach;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * An organizer scheduled a community meeting that any resident may RSVP to.
 *
 * @param meetingId The meeting.
 * @param campaignId The campaign this item belongs to.
 * @param community Community code of the place it is held.
 * @param startsAt When it starts.
 * @param endsAt When it ends.
 * @param capacity Places; null when there is no limit.
 * @param staffId The organizer who scheduled it.
 * @param scheduledAt When it was scheduled.
 * @param titleEs Its public title in Spanish (null from producers before it was added).
 * @param titleEn Its public title in English (null from producers before it was added).
 */
@EventType("plaza.outreach.meeting-scheduled.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeetingScheduled(
        String meetingId,
        String campaignId,
        String community,
        Instant startsAt,
        Instant endsAt,
        Integer capacity,
        String staffId,
        Instant scheduledAt,
        String titleEs,
        String titleEn) implements PlazaEvent {

    /** A meeting without its titles, as before they were added. */
    public MeetingScheduled(String meetingId, String campaignId, String community, Instant startsAt, Instant endsAt,
            Integer capacity, String staffId, Instant scheduledAt) {
        this(meetingId, campaignId, community, startsAt, endsAt, capacity, staffId, scheduledAt, null, null);
    }

    @Override
    public String subject() {
        return meetingId;
    }

}
