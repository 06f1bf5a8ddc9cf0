package org.plaza.outreach.meeting.web;

import java.time.Instant;
import java.util.Locale;

import org.plaza.outreach.meeting.Directions;
import org.plaza.outreach.meeting.Meeting;
import org.plaza.outreach.support.Times;
import org.plaza.starter.vocabulary.Vocabulary;

/**
 * A meeting as a resident (or its organizer) reads it, in one language.
 *
 * @param openSpots places left; null when there is no limit
 * @param open      whether residents may still RSVP (not started, not full)
 */
record MeetingView(String meetingId, String campaignId, String title, String description, String place, String address,
        String community, String communityName, String when, Instant startsAt, Instant endsAt, String directionsUrl,
        Integer capacity, int going, Integer openSpots, int attended, boolean open) {

    static MeetingView of(Meeting meeting, Locale locale, Times times, Vocabulary vocabulary, Directions directions,
            Instant now) {
        return new MeetingView(meeting.id(), meeting.campaignId(), meeting.title(locale), meeting.description(locale),
                meeting.place(), meeting.address(), meeting.community(),
                vocabulary.communityName(meeting.community(), locale),
                times.span(meeting.startsAt(), meeting.endsAt(), locale), meeting.startsAt(), meeting.endsAt(),
                directions.url(meeting), meeting.capacity(), meeting.going(), meeting.openSpots(), meeting.attended(),
                meeting.startsAt().isAfter(now) && !meeting.full());
    }
}
