package org.plaza.systemtests.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.plaza.systemtests.Chromium;
import org.plaza.systemtests.Mailbox;
import org.plaza.systemtests.Organizer;
import org.plaza.systemtests.PlatformJourney;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import tools.jackson.databind.JsonNode;

/**
 * Issue 22's "show up" journey on the running platform, through the gateway: an organizer schedules a community
 * meeting; a resident on a 360 px phone in Spanish RSVPs with a name and an email (no volunteer registration),
 * confirms from the Spanish email's link, and gets the invite: the confirmation email carries the {@code .ics}
 * (parsed back: the meeting's UID, title, place, directions and page), and the page's calendar link serves the same
 * invite. The organizer then checks them in from the meeting's roster.
 */
class MeetingJourneyIT extends PlatformJourney {

    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    private String meetingId;

    @BeforeAll
    void anOrganizerSchedulesACommunityMeeting() {
        String campaign = organizer.launchCampaign("Agua limpia en Oasis " + run, "Clean water in Oasis " + run);
        LocalDate day = LocalDate.now(LOS_ANGELES).plusDays(3);
        meetingId = organizer.postOnceTheCampaignIsKnown("/api/staff/outreach/meetings", """
                {"campaignId":%s,"titleEs":"Asamblea del agua %s","titleEn":"Water town hall %s",
                 "descriptionEs":"Hablemos del agua potable en Oasis.","descriptionEn":"Let's talk about drinking water in Oasis.",
                 "place":"Centro comunitario de Oasis","address":"88-100 Avenue 70 %s","community":"OASIS",
                 "startsAt":"%s","endsAt":"%s","capacity":60}"""
                .formatted(Organizer.json(campaign), run, run, run, day.atTime(LocalTime.of(18, 0)),
                        day.atTime(LocalTime.of(20, 0))))
                .path("meetingId").asString();
    }

    @Test
    void aResidentRsvpsInSpanishOnAPhoneConfirmsAndGetsTheCalendarInvite(@TempDir Path profile) throws Exception {
        Chromium.assumeAvailable();
        String address = "lucia.mendez." + run + "@example.org";
        WebDriver phone = Chromium.phone(profile, "es");
        String calendarLink;
        try {
            phone.get(stack.gatewayUrl() + "/outreach/meetings/" + meetingId);
            assertThat(phone.getTitle()).contains("Asamblea del agua " + run);
            assertThat(phone.findElement(By.cssSelector("a.directions")).getAttribute("href"))
                    .startsWith("https://www.google.com/maps/search/");
            phone.findElement(By.id("name")).sendKeys("Lucía Méndez");
            phone.findElement(By.id("email")).sendKeys(address);
            phone.findElement(By.id("rsvp")).click();
            Chromium.awaitPage(phone, "the check-your-email answer",
                    page -> page.findElement(By.id("received")).getText().contains("Te enviamos un enlace"));

            Mailbox.Mail confirm = stack.mailbox().awaitSubject(address, "Confirma tu asistencia");
            phone.get(confirm.link("/outreach/rsvps/confirm"));
            phone.findElement(By.id("confirm")).click();
            Chromium.awaitPage(phone, "the RSVP's page", page -> page.findElement(By.id("status")).getText()
                    .contains("Vas a ir"));
            calendarLink = phone.findElement(By.id("calendar")).getAttribute("href");
        } finally {
            phone.quit();
        }

        Mailbox.Mail confirmed = stack.mailbox().awaitSubject(address, "Nos vemos allí");
        assertThat(confirmed.content()).contains("Asamblea del agua " + run, "Cómo llegar");
        assertThat(confirmed.attachments()).hasSize(1);
        Mailbox.Attachment invite = confirmed.attachments().get(0);
        assertThat(invite.fileName()).isEqualTo("reunion.ics");
        assertThat(invite.contentType()).startsWith("text/calendar");
        VEvent emailed = event(invite.content());
        assertThat(value(emailed, Property.UID)).isEqualTo(meetingId + "@plaza.outreach.meetings");
        assertThat(value(emailed, Property.SUMMARY)).isEqualTo("Asamblea del agua " + run);
        assertThat(value(emailed, Property.LOCATION)).isEqualTo("Centro comunitario de Oasis, 88-100 Avenue 70 " + run + ", Oasis");
        assertThat(value(emailed, Property.DESCRIPTION)).contains("Hablemos del agua potable en Oasis.",
                "Cómo llegar: https://www.google.com/maps/search/?api=1&query=88-100+Avenue+70+" + run);
        assertThat(value(emailed, Property.URL)).isEqualTo(stack.gatewayUrl() + "/outreach/meetings/" + meetingId + "?lang=es");
        assertThat(value(emailed, Property.DTSTART)).endsWith("Z");

        HttpResponse<byte[]> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(calendarLink)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        VEvent linked = event(page.body());
        assertThat(value(linked, Property.UID)).isEqualTo(value(emailed, Property.UID));
        assertThat(value(linked, Property.DTSTART)).isEqualTo(value(emailed, Property.DTSTART));

        String roster = "/staff/outreach/meetings/" + meetingId + "/roster";
        JsonNode rsvp = awaitGoingOnTheRoster("Lucía Méndez");
        HttpResponse<String> checkedIn = admin.submitForm(roster + "?lang=es", roster + "/check-in",
                Map.of("rsvpId", rsvp.path("rsvpId").asString()));
        assertThat(checkedIn.statusCode()).as(checkedIn.body()).isEqualTo(200);
        assertThat(checkedIn.body()).contains("Llegada registrada.");
        assertThat(goingOnTheRoster("Lucía Méndez").path("checkedInAt").isNull()).isFalse();
    }

    private static VEvent event(byte[] ics) throws IOException, ParserException {
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        assertThat(calendar.getComponents()).hasSize(1);
        return (VEvent) calendar.getComponents().get(0);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    private JsonNode awaitGoingOnTheRoster(String name) {
        AtomicReference<JsonNode> entry = new AtomicReference<>();
        await(name + " going on the roster").atMost(Organizer.PROPAGATION).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    entry.set(goingOnTheRoster(name));
                    return entry.get() != null;
                });
        return entry.get();
    }

    private JsonNode goingOnTheRoster(String name) {
        for (JsonNode entry : admin.getJson("/api/staff/outreach/meetings/" + meetingId + "/roster")) {
            if (name.equals(entry.path("name").asString()) && "GOING".equals(entry.path("status").asString())) {
                return entry;
            }
        }
        return null;
    }
}
