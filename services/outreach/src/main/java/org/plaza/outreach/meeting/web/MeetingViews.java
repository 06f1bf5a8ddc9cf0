package org.plaza.outreach.meeting.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.plaza.outreach.meeting.Directions;
import org.plaza.outreach.meeting.Meeting;
import org.plaza.outreach.meeting.MeetingService;
import org.plaza.outreach.meeting.Places;
import org.plaza.outreach.support.Times;
import org.plaza.starter.vocabulary.Vocabulary;
import org.springframework.stereotype.Component;

/** Builds {@link MeetingView}s with the service's time zone, vocabulary, directions and the meetings' places. */
@Component
class MeetingViews {

    private final MeetingService meetings;
    private final Times times;
    private final Vocabulary vocabulary;
    private final Directions directions;
    private final Clock clock;

    MeetingViews(MeetingService meetings, Times times, Vocabulary vocabulary, Directions directions, Clock clock) {
        this.meetings = meetings;
        this.times = times;
        this.vocabulary = vocabulary;
        this.directions = directions;
        this.clock = clock;
    }

    MeetingView of(Meeting meeting, Locale locale) {
        return of(meeting, meetings.places(meeting), locale);
    }

    /** Views of several meetings, their places read in one query. */
    List<MeetingView> of(List<Meeting> list, Locale locale) {
        Map<String, Places> places = meetings.places(list);
        return list.stream().map(m -> of(m, places.get(m.id()), locale)).toList();
    }

    private MeetingView of(Meeting meeting, Places places, Locale locale) {
        return MeetingView.of(meeting, places, locale, times, vocabulary, directions, clock.instant());
    }
}
