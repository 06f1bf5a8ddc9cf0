package org.plaza.outreach.meeting;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.plaza.starter.vocabulary.Vocabulary;
import org.springframework.stereotype.Component;

/** The directions link of a meeting: a maps search for its address, community and region. */
@Component
public class Directions {

    private final MeetingSettings settings;
    private final Vocabulary vocabulary;

    Directions(MeetingSettings settings, Vocabulary vocabulary) {
        this.settings = settings;
        this.vocabulary = vocabulary;
    }

    /** For example {@code https://www.google.com/maps/search/?api=1&query=70+Main+St%2C+Mecca%2C+CA}. */
    public String url(Meeting meeting) {
        String query = meeting.address() + ", " + vocabulary.communityName(meeting.community(), Locale.ENGLISH)
                + (settings.region().isBlank() ? "" : ", " + settings.region());
        return settings.directionsUrl() + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    /** Where it is, as one line: the place, its address and community in the reader's language. */
    public String location(Meeting meeting, Locale locale) {
        return meeting.place() + ", " + meeting.address() + ", " + vocabulary.communityName(meeting.community(), locale);
    }
}
