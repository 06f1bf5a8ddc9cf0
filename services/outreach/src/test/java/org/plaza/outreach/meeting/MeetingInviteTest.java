package org.plaza.outreach.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.plaza.outreach.testing.OutreachTest;
import org.plaza.outreach.testing.Scenario;
import org.plaza.outreach.testing.Scenario.Team;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import tools.jackson.databind.json.JsonMapper;

/**
 * The meeting's calendar invite, served as {@code text/calendar} and parsed back with ical4j: one event at the
 * meeting's instants in UTC, a UID that is the meeting's in every language, the place, the directions in the
 * description, and the meeting's page.
 */
@OutreachTest
class MeetingInviteTest {

    @Autowired Scenario scenario;
    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired Meetings meetings;
    @LocalServerPort int port;

    @Test
    void theInviteParsesBackWithTheMeetingsTimesPlaceDirectionsAndPage() throws Exception {
        Team team = scenario.team();
        var request = MeetingFixtures.request(team.campaignId(), null);
        request.put("address", "91-275 Avenue 66");
        request.put("place", "Biblioteca de Mecca");
        String meetingId = MeetingFixtures.schedule(mvc, json, team.bearer(), request).get("meetingId").asString();
        Meeting meeting = meetings.findById(meetingId).orElseThrow();

        HttpResponse<String> spanish = download(meetingId, "es");
        assertThat(spanish.statusCode()).isEqualTo(200);
        assertThat(spanish.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/calendar"));
        assertThat(spanish.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"reunion.ics\"");
        assertThat(spanish.body()).contains("\r\n").startsWith("BEGIN:VCALENDAR");

        Calendar calendar = new CalendarBuilder().build(new StringReader(spanish.body()));
        assertThat(value(calendar.getProperty(Property.VERSION))).isEqualTo("2.0");
        assertThat(value(calendar.getProperty(Property.METHOD))).isEqualTo("PUBLISH");
        assertThat(calendar.<VEvent>getComponents()).hasSize(1);
        VEvent event = (VEvent) calendar.getComponents().get(0);
        assertThat(value(event.getProperty(Property.UID))).isEqualTo(meetingId + "@plaza.outreach.meetings");
        assertThat(value(event.getProperty(Property.SUMMARY))).isEqualTo(meeting.titleEs());
        assertThat(value(event.getProperty(Property.DTSTART))).isEqualTo(utc(meeting.startsAt()));
        assertThat(value(event.getProperty(Property.DTEND))).isEqualTo(utc(meeting.endsAt()));
        assertThat(value(event.getProperty(Property.LOCATION))).isEqualTo("Biblioteca de Mecca, 91-275 Avenue 66, Mecca");
        String directions = "https://www.google.com/maps/search/?api=1&query=91-275+Avenue+66%2C+Mecca%2C+CA";
        assertThat(value(event.getProperty(Property.DESCRIPTION))).contains("Hablaremos del agua potable.",
                "Cómo llegar: " + directions, "https://plaza.example/outreach/meetings/" + meetingId + "?lang=es");
        assertThat(value(event.getProperty(Property.URL)))
                .isEqualTo("https://plaza.example/outreach/meetings/" + meetingId + "?lang=es");

        Calendar english = new CalendarBuilder().build(new StringReader(download(meetingId, "en").body()));
        VEvent englishEvent = (VEvent) english.getComponents().get(0);
        assertThat(value(englishEvent.getProperty(Property.UID))).as("one UID per meeting")
                .isEqualTo(value(event.getProperty(Property.UID)));
        assertThat(value(englishEvent.getProperty(Property.SUMMARY))).isEqualTo(meeting.titleEn());
        assertThat(value(englishEvent.getProperty(Property.DESCRIPTION))).contains("Directions: " + directions);
        assertThat(download(meetingId, "es").body()).as("the same bytes every time").isEqualTo(spanish.body());
    }

    @Test
    void anUnknownMeetingHasNoInvite() throws Exception {
        assertThat(download("mtg_unknown", "es").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> download(String meetingId, String language) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/outreach/meetings/" + meetingId + "/invite.ics?lang=" + language)).build(), BodyHandlers.ofString());
    }

    private static String value(Optional<? extends Property> property) {
        return property.map(Property::getValue).orElse(null);
    }

    private static String utc(Instant instant) {
        return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
                .format(instant);
    }
}
