package org.plaza.outreach.meeting.web;

import java.time.Instant;
import java.util.Locale;

import org.plaza.outreach.meeting.Directions;
import org.plaza.outreach.meeting.Meeting;
import org.plaza.outreach.meeting.Places;
import org.plaza.outreach.support.Times;
import org.plaza.starter.vocabulary.Vocabulary;

/**
 * A meeting as a resident (or its organizer) reads it, in one language.
 *
 * @param openSpots  places left; null when there is no limit
 * @param waitlisted residents waiting for a place
 * @param open       whether residents may still RSVP (not started, not called off), to a place or the waitlist
 * @param full       whether a new RSVP joins the waitlist
 * @param cancelled  whether the organizer called it off
 */
record MeetingView(String meetingId, String campaignId, String title, String description, String place, String address,
        String community, String communityName, String when, Instant startsAt, Instant endsAt, String directionsUrl,
        Integer capacity, int going, Integer openSpots, int waitlisted, int attended, boolean open, boolean full,
        boolean cancelled) {

    static MeetingView of(Meeting meeting, Places places, Locale locale, Times times, Vocabulary vocabulary,
            Directions directions, Instant now) {
        return new MeetingView(meeting.id(), meeting.campaignId(), meeting.title(locale), meeting.description(locale),
                meeting.place(), meeting.address(), meeting.community(),
                vocabulary.communityName(meeting.community(), locale),
                times.span(meeting.startsAt(), meeting.endsAt(), locale), meeting.startsAt(), meeting.endsAt(),
                directions.url(meeting), meeting.capacity(), places.going(), places.openSpots(), places.waitlisted(),
                meeting.attended(), meeting.open(now), places.full(), meeting.cancelled());
    }
}
