package org.plaza.outreach.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Instant;
import java.time.LocalTime;
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
    void aMovedMeetingsInviteKeepsItsUidWithAHigherSequenceAndTheNewTimeAndPlace() throws Exception {
        Team team = scenario.team();
        var request = MeetingFixtures.request(team.campaignId(), null);
        String meetingId = MeetingFixtures.schedule(mvc, json, team.bearer(), request).get("meetingId").asString();
        VEvent before = event(download(meetingId, "es").body());
        assertThat(value(before.getProperty(Property.SEQUENCE))).isEqualTo("0");

        request.put("place", "Escuela Saul Martinez");
        request.put("startsAt", Scenario.local(Instant.now(), 4, LocalTime.of(17, 30)).toString());
        request.put("endsAt", Scenario.local(Instant.now(), 4, LocalTime.of(19, 0)).toString());
        MeetingFixtures.move(mvc, json, team.bearer(), meetingId, request);

        Meeting moved = meetings.findById(meetingId).orElseThrow();
        Calendar calendar = new CalendarBuilder().build(new StringReader(download(meetingId, "en").body()));
        VEvent after = (VEvent) calendar.getComponents().get(0);
        assertThat(value(calendar.getProperty(Property.METHOD))).isEqualTo("PUBLISH");
        assertThat(value(after.getProperty(Property.UID))).isEqualTo(value(before.getProperty(Property.UID)));
        assertThat(value(after.getProperty(Property.SEQUENCE))).isEqualTo("1");
        assertThat(value(after.getProperty(Property.DTSTART))).isEqualTo(utc(moved.startsAt()));
        assertThat(value(after.getProperty(Property.LOCATION))).startsWith("Escuela Saul Martinez, ");
        assertThat(value(after.getProperty(Property.STATUS))).isNull();
    }

    @Test
    void aCalledOffMeetingsInviteCancelsTheSameUid() throws Exception {
        Team team = scenario.team();
        String meetingId = MeetingFixtures.schedule(mvc, json, team.bearer(), MeetingFixtures.request(team.campaignId(), 20))
                .get("meetingId").asString();
        String uid = value(event(download(meetingId, "es").body()).getProperty(Property.UID));

        MeetingFixtures.cancel(mvc, team.bearer(), meetingId);

        Calendar calendar = new CalendarBuilder().build(new StringReader(download(meetingId, "es").body()));
        VEvent cancelled = (VEvent) calendar.getComponents().get(0);
        assertThat(value(calendar.getProperty(Property.METHOD))).isEqualTo("CANCEL");
        assertThat(value(cancelled.getProperty(Property.STATUS))).isEqualTo("CANCELLED");
        assertThat(value(cancelled.getProperty(Property.UID))).isEqualTo(uid);
        assertThat(value(cancelled.getProperty(Property.SEQUENCE))).isEqualTo("1");
    }

    @Test
    void anUnknownMeetingHasNoInvite() throws Exception {
        assertThat(download("mtg_unknown", "es").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> download(String meetingId, String language) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/outreach/meetings/" + meetingId + "/invite.ics?lang=" + language)).build(), BodyHandlers.ofString());
    }

    private static VEvent event(String ics) throws Exception {
        return (VEvent) new CalendarBuilder().build(new StringReader(ics)).getComponents().get(0);
    }

    private static String value(Optional<? extends Property> property) {
        return property.map(Property::getValue).orElse(null);
    }

    private static String utc(Instant instant) {
        return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
                .format(instant);
    }
}
