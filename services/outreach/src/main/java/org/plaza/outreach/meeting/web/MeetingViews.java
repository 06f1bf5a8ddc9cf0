package org.plaza.outreach.meeting.web;

import java.time.Clock;
import java.util.Locale;

import org.plaza.outreach.meeting.Directions;
import org.plaza.outreach.meeting.Meeting;
import org.plaza.outreach.support.Times;
import org.plaza.starter.vocabulary.Vocabulary;
import org.springframework.stereotype.Component;

/** Builds {@link MeetingView}s with the service's time zone, vocabulary and directions. */
@Component
class MeetingViews {

    private final Times times;
    private final Vocabulary vocabulary;
    private final Directions directions;
    private final Clock clock;

    MeetingViews(Times times, Vocabulary vocabulary, Directions directions, Clock clock) {
        this.times = times;
        this.vocabulary = vocabulary;
        this.directions = directions;
        this.clock = clock;
    }

    MeetingView of(Meeting meeting, Locale locale) {
        return MeetingView.of(meeting, locale, times, vocabulary, directions, clock.instant());
    }
}
