package org.plaza.outreach.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.outreach.MeetingCancelled;
import org.plaza.events.outreach.MeetingRescheduled;
import org.plaza.outreach.testing.OutreachTest;
import org.plaza.outreach.testing.Scenario;
import org.plaza.outreach.testing.Scenario.Team;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.events.Position;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * An organizer moves a meeting or calls it off: those going get the updated (or cancelled) invite in their language,
 * those waiting the news, the reminders move or stop, the pages say so, and the events count without naming anyone.
 * The staff pages do the same without script, refusals next to the fields, in both languages.
 */
@OutreachTest
class MeetingChangesTest {

    @Autowired Scenario scenario;
    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired KafkaTestEvents events;
    @Autowired RsvpService rsvpService;
    @Autowired MeetingService meetingService;
    @Autowired Rsvps rsvps;

    @Test
    void movingAMeetingSendsThoseGoingTheUpdatedInviteAndRemindersOfTheNewTimeAndTellsThoseWaiting() throws Exception {
        Team team = scenario.team();
        Map<String, Object> request = MeetingFixtures.request(team.campaignId(), 1);
        String meetingId = MeetingFixtures.schedule(mvc, json, team.bearer(), request).get("meetingId").asString();
        String anaEmail = "ana" + Scenario.next() + "@example.org";
        String betoEmail = "beto" + Scenario.next() + "@example.org";
        Rsvp ana = confirm(meetingId, "Ana", anaEmail, "es");
        Rsvp beto = confirm(meetingId, "Beto", betoEmail, "en");
        Position before = events.positionOf(NotificationRequested.class, MeetingRescheduled.class);

        request.put("place", "Escuela Saul Martinez");
        request.put("community", "OASIS");
        request.put("startsAt", Scenario.local(Instant.now(), 5, LocalTime.of(17, 0)).toString());
        request.put("endsAt", Scenario.local(Instant.now(), 5, LocalTime.of(19, 0)).toString());
        MeetingFixtures.move(mvc, json, team.bearer(), meetingId, request);

        Meeting moved = meetingService.get(meetingId);
        MeetingRescheduled announced = events.awaitEvent(before, MeetingRescheduled.class,
                e -> e.meetingId().equals(meetingId), Duration.ofSeconds(20)).event();
        assertThat(List.of(announced.sequence(), announced.going())).containsExactly(1, 1);
        assertThat(announced.startsAt()).isEqualTo(moved.startsAt());
        assertThat(announced.community()).isEqualTo("OASIS");
        NotificationRequested updated = awaitMail(before, MeetingMail.UPDATED_TEMPLATE, anaEmail);
        assertThat(updated.requestId()).isEqualTo("outreach:" + ana.id() + ":updated-v1");
        assertThat(updated.locale()).isEqualTo("es");
        assertThat(updated.attachment().mediaType()).isEqualTo("text/calendar");
        assertThat(updated.templateParameters().get("place")).startsWith("Escuela Saul Martinez");
        List<NotificationRequested> reminders = events.awaitEvents(before, NotificationRequested.class,
                r -> anaEmail.equals(r.recipientEmail()) && r.templateKey().startsWith(MeetingMail.REMINDER_TEMPLATE), 2,
                Duration.ofSeconds(20)).stream().map(r -> r.event()).toList();
        assertThat(reminders).extracting(NotificationRequested::requestId).containsExactlyInAnyOrder(
                "outreach:" + ana.id() + ":reminder-24h-v1", "outreach:" + ana.id() + ":reminder-2h-v1");
        assertThat(reminders).extracting(NotificationRequested::sendAt).containsExactlyInAnyOrder(
                moved.startsAt().minus(Duration.ofHours(24)), moved.startsAt().minus(Duration.ofHours(2)));
        assertThat(reminders).allSatisfy(r -> assertThat(r.relatedIds())
                .as("the new version's group, which the next move voids").contains(meetingId + "#1"));
        NotificationRequested waiting = awaitMail(before, MeetingMail.UPDATED_TEMPLATE, betoEmail);
        assertThat(waiting.locale()).isEqualTo("en");
        assertThat(waiting.attachment()).isNull();
        assertThat(waiting.templateParameters()).containsEntry("waitlistPosition", "1");
        assertThat(rsvps.findById(beto.id()).orElseThrow().inviteSequence()).isEqualTo(1);

        Position again = events.positionOf(MeetingRescheduled.class);
        MeetingFixtures.move(mvc, json, team.bearer(), meetingId, request);
        assertThat(meetingService.get(meetingId).sequence()).as("the same time and place changes nothing").isEqualTo(1);
        events.assertNoEvent(again, MeetingRescheduled.class, e -> e.meetingId().equals(meetingId), Duration.ofSeconds(2));

        Team other = scenario.team();
        mvc.perform(put("/api/staff/outreach/meetings/" + meetingId + "/when-where")
                .header(HttpHeaders.AUTHORIZATION, other.bearer()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(request))).andExpect(status().isForbidden());
    }

    @Test
    void callingAMeetingOffTellsEveryoneGoingAndWaitingInTheirLanguageOnceAndClosesIt() throws Exception {
        Team team = scenario.team();
        String meetingId = MeetingFixtures.schedule(mvc, json, team.bearer(), MeetingFixtures.request(team.campaignId(), 1))
                .get("meetingId").asString();
        String anaEmail = "ana" + Scenario.next() + "@example.org";
        String betoEmail = "beto" + Scenario.next() + "@example.org";
        Rsvp ana = confirm(meetingId, "Ana", anaEmail, "es");
        Rsvp beto = confirm(meetingId, "Beto", betoEmail, "en");
        String carlaEmail = "carla" + Scenario.next() + "@example.org";
        Rsvp gone = confirm(meetingId, "Carla", carlaEmail, "es");
        rsvpService.cancel(gone.id());
        Position before = events.positionOf(NotificationRequested.class, MeetingCancelled.class);

        MeetingFixtures.cancel(mvc, team.bearer(), meetingId);

        MeetingCancelled cancelled = events.awaitEvent(before, MeetingCancelled.class,
                e -> e.meetingId().equals(meetingId), Duration.ofSeconds(20)).event();
        assertThat(List.of(cancelled.going(), cancelled.waitlisted())).containsExactly(1, 1);
        assertThat(cancelled.staffId()).isEqualTo(team.organizer());
        NotificationRequested toAna = awaitMail(before, MeetingMail.CANCELLED_TEMPLATE, anaEmail);
        assertThat(toAna.locale()).isEqualTo("es");
        assertThat(toAna.attachment().uri()).endsWith("/outreach/meetings/" + meetingId + "/invite.ics?lang=es");
        NotificationRequested toBeto = awaitMail(before, MeetingMail.CANCELLED_TEMPLATE, betoEmail);
        assertThat(toBeto.locale()).isEqualTo("en");
        assertThat(toBeto.attachment()).as("no calendar entry to remove while waiting").isNull();
        Instant told = rsvps.findById(ana.id()).orElseThrow().toldCancelledAt();
        assertThat(told).isNotNull();

        Position again = events.positionOf(NotificationRequested.class, MeetingCancelled.class);
        MeetingFixtures.cancel(mvc, team.bearer(), meetingId);
        assertThat(rsvps.findById(ana.id()).orElseThrow().toldCancelledAt()).as("told once").isEqualTo(told);
        events.assertNoEvent(again, MeetingCancelled.class, e -> e.meetingId().equals(meetingId), Duration.ofSeconds(2));
        events.assertNoEvent(before, NotificationRequested.class, r -> carlaEmail.equals(r.recipientEmail())
                && MeetingMail.CANCELLED_TEMPLATE.equals(r.templateKey()), Duration.ofSeconds(2));
        String page = mvc.perform(get("/outreach/meetings/" + meetingId + "?lang=es")).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Esta reunión se canceló.").doesNotContain("id=\"rsvp\"");
        String rsvpPage = mvc.perform(get(managePath(toBeto) + "?lang=en")).andReturn().getResponse().getContentAsString();
        assertThat(rsvpPage).contains("The organizers called this meeting off.").doesNotContain("id=\"cancel\"");
        try {
            rsvpService.request(meetingId, new RsvpService.Request("Dora", "dora" + Scenario.next() + "@example.org",
                    null, "es"));
            throw new AssertionError("a called-off meeting takes no RSVP");
        } catch (PlazaProblem closed) {
            assertThat(closed.getMessageKey()).isEqualTo("outreach.problem.meeting-closed");
        }
        assertThat(rsvps.findById(beto.id()).orElseThrow().status()).isEqualTo(Rsvp.Status.WAITLISTED);
    }

    @Test
    void theStaffPagesMoveAndCallOffAMeetingWithRefusalsNextToTheFieldsInBothLanguages() throws Exception {
        Team team = scenario.team();
        String meetingId = MeetingFixtures.schedule(mvc, json, team.bearer(), MeetingFixtures.request(team.campaignId(), 10))
                .get("meetingId").asString();
        String base = "/staff/outreach/meetings/" + meetingId;
        String form = page(team, base + "/move?lang=es");
        assertThat(form).contains("Cambiar la hora o el lugar", "type=\"datetime-local\"", "name=\"place\"",
                "value=\"MECCA\" selected");
        String refused = mvc.perform(post(base + "/move").header(HttpHeaders.AUTHORIZATION, team.bearer())
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en").param("place", "").param("address", "1 Main St")
                .param("community", "MECCA").param("startsAt", "2020-01-01T10:00").param("endsAt", "2020-01-01T11:00"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"place-error\"", "id=\"startsAt-error\"", "Write the place",
                "value=\"1 Main St\"");
        String moveTo = Scenario.local(Instant.now(), 6, LocalTime.of(10, 0)).toString();
        mvc.perform(post(base + "/move").header(HttpHeaders.AUTHORIZATION, team.bearer()).param("place", "Biblioteca")
                .param("address", "1 Main St").param("community", "MECCA").param("startsAt", moveTo)
                .param("endsAt", Scenario.local(Instant.now(), 6, LocalTime.of(11, 0)).toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(meetingService.get(meetingId).place()).isEqualTo("Biblioteca");
        assertThat(page(team, "/staff/outreach/campaigns/" + team.campaignId() + "?done=meeting-moved&lang=es"))
                .contains("La reunión cambió");

        assertThat(page(team, base + "/cancel?lang=en")).contains("Call the meeting off?", "id=\"confirm-cancel\"");
        assertThat(page(team, base + "/cancel?lang=es")).contains("¿Cancelar la reunión?");
        mvc.perform(post(base + "/cancel").header(HttpHeaders.AUTHORIZATION, team.bearer()))
                .andExpect(status().is3xxRedirection());
        assertThat(meetingService.get(meetingId).cancelled()).isTrue();
        assertThat(page(team, "/staff/outreach/campaigns/" + team.campaignId() + "?lang=en")).contains("Called off");

        Team other = scenario.team();
        mvc.perform(get(base + "/move").header(HttpHeaders.AUTHORIZATION, other.bearer())).andExpect(status().isForbidden());
        mvc.perform(post(base + "/cancel").header(HttpHeaders.AUTHORIZATION, other.bearer()))
                .andExpect(status().isForbidden());
    }

    private String page(Team team, String path) throws Exception {
        return mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, team.bearer())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private NotificationRequested awaitMail(Position after, String template, String email) {
        return events.awaitEvent(after, NotificationRequested.class,
                r -> template.equals(r.templateKey()) && email.equals(r.recipientEmail()), Duration.ofSeconds(20)).event();
    }

    private Rsvp confirm(String meetingId, String name, String email, String language) {
        return rsvpService.confirm(rsvpService.request(meetingId, new RsvpService.Request(name, email, null, language)))
                .orElseThrow().rsvp();
    }

    private static String managePath(NotificationRequested request) {
        return URI.create(request.templateParameters().get("manageUrl")).getRawPath();
    }
}
