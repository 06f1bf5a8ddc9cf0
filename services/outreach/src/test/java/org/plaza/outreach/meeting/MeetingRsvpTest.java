package org.plaza.outreach.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.outreach.MeetingAttended;
import org.plaza.events.outreach.MeetingRsvpCancelled;
import org.plaza.events.outreach.MeetingRsvped;
import org.plaza.events.outreach.MeetingScheduled;
import org.plaza.events.supporters.SupporterContactShared;
import org.plaza.outreach.testing.Forms;
import org.plaza.outreach.testing.OutreachTest;
import org.plaza.outreach.testing.Scenario;
import org.plaza.outreach.testing.Scenario.Team;
import org.plaza.outreach.volunteer.Volunteers;
import org.plaza.starter.supporter.SupporterIds;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.events.Position;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A resident RSVPs to a meeting with a name and an email, without registering as a volunteer: the emailed link
 * confirms it (double opt-in), hands them over to supporters, asks for the invite (attached) and the reminders;
 * cancelling voids the reminders; organizers check them in from the roster. Events count, they name nobody.
 */
@OutreachTest
class MeetingRsvpTest {

    @Autowired Scenario scenario;
    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired KafkaTestEvents events;
    @Autowired Rsvps rsvps;
    @Autowired Meetings meetings;
    @Autowired RsvpService rsvpService;
    @Autowired MeetingService meetingService;
    @Autowired Volunteers volunteers;
    @Autowired SupporterIds supporterIds;

    @Test
    void aResidentRsvpsInSpanishConfirmsByEmailAndGetsTheInviteAndRemindersWithoutBecomingAVolunteer() throws Exception {
        Team team = scenario.team();
        JsonNode meeting = MeetingFixtures.schedule(mvc, json, team.bearer(), MeetingFixtures.request(team.campaignId(), 40));
        String meetingId = meeting.get("meetingId").asString();
        events.awaitEvent(MeetingScheduled.class, e -> e.meetingId().equals(meetingId) && e.capacity() == 40,
                Duration.ofSeconds(20));
        String email = "rosa" + Scenario.next() + "@example.org";
        Position before = events.positionOf(NotificationRequested.class, MeetingRsvped.class, SupporterContactShared.class);

        String answer = Forms.accepted(mvc, Forms.postFrom(mvc, "/outreach/meetings/" + meetingId + "?lang=es",
                "/outreach/meetings/" + meetingId + "/rsvps").param("name", "Rosa Díaz").param("email", email)
                .param("phone", "(760) 555-1234").param("lang", "es"));
        assertThat(answer).contains("Revisa tu correo");
        String link = MeetingFixtures.emailedLink(events, email, before);
        assertThat(rsvps.findAll().stream().filter(r -> email.equals(r.email())).findFirst().orElseThrow().status())
                .as("typing an address takes no place").isEqualTo(Rsvp.Status.PENDING);
        assertThat(mvc.perform(get(link)).andReturn().getResponse().getContentAsString()).contains("id=\"confirm\"",
                "Confirmar mi asistencia");

        String page = MeetingFixtures.confirm(mvc, link);
        assertThat(page).matches("/outreach/rsvps/rsv_[^/]+/[^/?]+\\?welcome=1");
        assertThat(mvc.perform(get(page + "&lang=es")).andReturn().getResponse().getContentAsString())
                .contains("Vas a ir", "invite.ics?lang=es", "Ya no puedo ir");
        String rsvpId = page.split("/")[3];

        MeetingRsvped counted = events.awaitEvent(before, MeetingRsvped.class, e -> e.meetingId().equals(meetingId),
                Duration.ofSeconds(20)).event();
        assertThat(counted.going()).isEqualTo(1);
        assertThat(counted.capacity()).isEqualTo(40);
        SupporterContactShared handedOver = events.awaitEvent(before, SupporterContactShared.class,
                e -> email.equals(e.email()), Duration.ofSeconds(20)).event();
        assertThat(handedOver.source()).isEqualTo("MEETING_RSVP");
        assertThat(handedOver.sourceService()).isEqualTo("outreach");
        assertThat(handedOver.itemId()).isEqualTo(meetingId);
        assertThat(handedOver.shareId()).isEqualTo("outreach:MEETING_RSVP:" + rsvpId);
        assertThat(handedOver.locale()).isEqualTo("es");
        assertThat(handedOver.phone()).as("E.164, from the starter's phone kit").isEqualTo("+17605551234");

        NotificationRequested confirmed = events.awaitEvent(before, NotificationRequested.class,
                r -> MeetingMail.CONFIRMED_TEMPLATE.equals(r.templateKey()) && email.equals(r.recipientEmail()),
                Duration.ofSeconds(20)).event();
        assertThat(confirmed.locale()).isEqualTo("es");
        assertThat(confirmed.attachment().uri())
                .isEqualTo("http://127.0.0.1:8085/outreach/meetings/" + meetingId + "/invite.ics?lang=es");
        assertThat(confirmed.attachment().mediaType()).isEqualTo("text/calendar");
        assertThat(confirmed.attachment().filename()).isEqualTo("reunion.ics");
        assertThat(confirmed.templateParameters()).containsKeys("meetingTitle", "startsAt", "place", "directionsUrl",
                "calendarUrl", "manageUrl");
        assertThat(confirmed.templateParameters().get("directionsUrl")).startsWith("https://www.google.com/maps/search/");
        assertThat(confirmed.templateParameters().get("manageUrl")).isEqualTo("https://plaza.example" + page.replace("?welcome=1", ""));
        Instant startsAt = meetings.findById(meetingId).orElseThrow().startsAt();
        List<NotificationRequested> reminders = events.awaitEvents(before, NotificationRequested.class,
                r -> email.equals(r.recipientEmail()) && r.templateKey().startsWith(MeetingMail.REMINDER_TEMPLATE), 2,
                Duration.ofSeconds(20)).stream().map(r -> r.event()).toList();
        assertThat(reminders).extracting(NotificationRequested::templateKey)
                .containsExactlyInAnyOrder("outreach.meeting-reminder-24h", "outreach.meeting-reminder-2h");
        assertThat(reminders).extracting(NotificationRequested::sendAt)
                .containsExactlyInAnyOrder(startsAt.minus(Duration.ofHours(24)), startsAt.minus(Duration.ofHours(2)));
        assertThat(reminders).allSatisfy(r -> assertThat(r.relatedIds()).containsExactly(rsvpId, meetingId,
                meetingId + "#0"));
        assertThat(volunteers.findBySupporterId(supporterIds.supporterId(email))).as("not a volunteer").isEmpty();

        Position beforeCancel = events.positionOf(MeetingRsvpCancelled.class);
        String manage = page.replace("?welcome=1", "");
        mvc.perform(Forms.postFrom(mvc, manage, manage + "/cancel")).andExpect(status().is3xxRedirection());
        MeetingRsvpCancelled cancelled = events.awaitEvent(beforeCancel, MeetingRsvpCancelled.class,
                e -> e.meetingId().equals(meetingId), Duration.ofSeconds(20)).event();
        assertThat(cancelled.rsvpId()).as("the reminders' first related id, which notifications voids").isEqualTo(rsvpId);
        assertThat(cancelled.going()).isZero();
        assertThat(going(meetingId)).isZero();
        assertThat(mvc.perform(get(manage + "?lang=es")).andReturn().getResponse().getContentAsString())
                .contains("Cancelaste tu asistencia").doesNotContain("Ya no puedo ir");
        assertThat(rsvpService.cancel(rsvpId).status()).isEqualTo(Rsvp.Status.CANCELLED);
        assertThat(going(meetingId)).as("cancelling twice changes nothing").isZero();
    }

    @Test
    void aFullMeetingPutsTheNextConfirmationOnTheWaitlistAndTheSameLinkWorksOnce() throws Exception {
        Team team = scenario.team();
        String meetingId = MeetingFixtures.schedule(mvc, json, team.bearer(), MeetingFixtures.request(team.campaignId(), 1))
                .get("meetingId").asString();
        String first = rsvpService.request(meetingId, new RsvpService.Request("Ana", "ana" + Scenario.next() + "@example.org", null, "es"));
        String second = rsvpService.request(meetingId, new RsvpService.Request("Beto", "beto" + Scenario.next() + "@example.org", null, "en"));

        assertThat(rsvpService.confirm(first).orElseThrow().rsvp().status()).isEqualTo(Rsvp.Status.GOING);
        assertThat(rsvpService.confirm(first)).as("a link works once").isEmpty();
        assertThat(rsvpService.confirm(second).orElseThrow().rsvp().status()).isEqualTo(Rsvp.Status.WAITLISTED);
        Places full = meetingService.places(meetings.findById(meetingId).orElseThrow());
        assertThat(full.going()).isEqualTo(1);
        assertThat(full.openSpots()).isZero();
        assertThat(full.waitlisted()).isEqualTo(1);
        assertThat(mvc.perform(get("/outreach/meetings/" + meetingId + "?lang=en")).andReturn().getResponse()
                .getContentAsString()).contains("Full: new RSVPs join the waitlist", "1 person on the waitlist",
                        "id=\"waitlist-explain\"", "id=\"rsvp\"");
    }

    @Test
    void theSamePersonConfirmingTwiceKeepsOnePlace() {
        Team team = scenario.team();
        String meetingId;
        try {
            meetingId = MeetingFixtures.schedule(mvc, json, team.bearer(), MeetingFixtures.request(team.campaignId(), null))
                    .get("meetingId").asString();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        String email = "carla" + Scenario.next() + "@example.org";
        String first = rsvpService.request(meetingId, new RsvpService.Request("Carla", email, null, "es"));
        String again = rsvpService.request(meetingId, new RsvpService.Request("Carla", email.toUpperCase(), null, "es"));
        Rsvp going = rsvpService.confirm(first).orElseThrow().rsvp();
        assertThat(rsvpService.confirm(again).orElseThrow().rsvp().id()).isEqualTo(going.id());
        assertThat(going(meetingId)).isEqualTo(1);
    }

    @Test
    void theRsvpFormShowsItsRefusalsNextToTheFieldsInBothLanguages() throws Exception {
        Team team = scenario.team();
        String meetingId = MeetingFixtures.schedule(mvc, json, team.bearer(), MeetingFixtures.request(team.campaignId(), null))
                .get("meetingId").asString();
        String spanish = mvc.perform(Forms.postFrom(mvc, "/outreach/meetings/" + meetingId + "?lang=es",
                "/outreach/meetings/" + meetingId + "/rsvps").param("name", " ").param("email", "no-es-correo")
                .param("phone", "123")
                .param("lang", "es")).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(spanish).contains("id=\"name-error\"", "Escribe tu nombre", "id=\"email-error\"",
                "Esta dirección de correo no parece correcta", "value=\"no-es-correo\"", "id=\"phone-error\"");
        String english = mvc.perform(Forms.postFrom(mvc, "/outreach/meetings/" + meetingId + "?lang=en",
                "/outreach/meetings/" + meetingId + "/rsvps").param("name", "Dana").param("email", "")
                .param("lang", "en")).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Write your email or your mobile number", "Or your mobile number")
                .doesNotContain("name-error", "phone-error");
        assertThat(rsvps.findAll()).noneMatch(r -> meetingId.equals(r.meetingId()));
    }

    @Test
    void schedulingRefusesWrongFieldsAndOtherTeamsCampaigns() throws Exception {
        Team team = scenario.team();
        Map<String, Object> wrong = MeetingFixtures.request(team.campaignId(), 0);
        wrong.put("titleEn", "");
        wrong.put("community", "ATLANTIS");
        wrong.put("endsAt", wrong.get("startsAt"));
        String problem = mvc.perform(post("/api/staff/outreach/meetings").header(HttpHeaders.AUTHORIZATION, team.bearer())
                .header(HttpHeaders.ACCEPT_LANGUAGE, "es").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(wrong))).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(problem).contains("titleEn", "community", "endsAt", "capacity", "Elige una de las comunidades");
        Map<String, Object> broken = MeetingFixtures.request(team.campaignId(), null);
        broken.put("titleEs", "Asamblea\ndel agua");
        broken.put("place", "Centro\r\ncomunitario");
        assertThat(mvc.perform(post("/api/staff/outreach/meetings").header(HttpHeaders.AUTHORIZATION, team.bearer())
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(broken))).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("\"field\":\"titleEs\"", "\"field\":\"place\"",
                        "Write it on one line, without line breaks");

        Team other = scenario.team();
        mvc.perform(post("/api/staff/outreach/meetings").header(HttpHeaders.AUTHORIZATION, other.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(MeetingFixtures.request(team.campaignId(), null))))
                .andExpect(status().isForbidden());
        String meetingId = MeetingFixtures.schedule(mvc, json, team.bearer(), MeetingFixtures.request(team.campaignId(), null))
                .get("meetingId").asString();
        mvc.perform(get("/api/staff/outreach/meetings/" + meetingId + "/roster").header(HttpHeaders.AUTHORIZATION,
                other.bearer())).andExpect(status().isForbidden());
        mvc.perform(get("/staff/outreach/meetings/" + meetingId + "/roster").header(HttpHeaders.AUTHORIZATION,
                other.bearer())).andExpect(status().isForbidden());
    }

    @Test
    void anOrganizerChecksAResidentInAtTheDoorFromTheRoster() throws Exception {
        Team team = scenario.team();
        String meetingId = MeetingFixtures.schedule(mvc, json, team.bearer(), MeetingFixtures.request(team.campaignId(), null))
                .get("meetingId").asString();
        String email = "dora" + Scenario.next() + "@example.org";
        Rsvp rsvp = rsvpService.confirm(rsvpService.request(meetingId, new RsvpService.Request("Dora Luz", email, null, "es")))
                .orElseThrow().rsvp();
        Position before = events.positionOf(MeetingAttended.class);

        assertThat(mvc.perform(get("/staff/outreach/campaigns/" + team.campaignId()).header(HttpHeaders.AUTHORIZATION,
                team.bearer())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .as("the campaign's page leads to the meeting's roster")
                .contains("href=\"/staff/outreach/meetings/" + meetingId + "/roster\"", "Van 1, llegaron 0");
        String roster = mvc.perform(get("/staff/outreach/meetings/" + meetingId + "/roster")
                .header(HttpHeaders.AUTHORIZATION, team.bearer())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(roster).contains("Dora Luz", email, "name=\"rsvpId\" value=\"" + rsvp.id() + "\"");
        String refused = mvc.perform(post("/staff/outreach/meetings/" + meetingId + "/roster/check-in?lang=en")
                .header(HttpHeaders.AUTHORIZATION, team.bearer()).param("rsvpId", "rsv_not_here"))
                .andExpect(status().isNotFound()).andReturn()
                .getResponse().getContentAsString();
        assertThat(refused).contains("Dora Luz");
        mvc.perform(post("/staff/outreach/meetings/" + meetingId + "/roster/check-in")
                .header(HttpHeaders.AUTHORIZATION, team.bearer()).param("rsvpId", rsvp.id()))
                .andExpect(status().isSeeOther());
        MeetingAttended attended = events.awaitEvent(before, MeetingAttended.class, e -> e.meetingId().equals(meetingId),
                Duration.ofSeconds(20)).event();
        assertThat(attended.attended()).isEqualTo(1);
        assertThat(attended.going()).isEqualTo(1);
        assertThat(attended.staffId()).isEqualTo(team.organizer());
        mvc.perform(post("/api/staff/outreach/meetings/" + meetingId + "/check-ins")
                .header(HttpHeaders.AUTHORIZATION, team.bearer()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"rsvpId\":\"" + rsvp.id() + "\"}")).andExpect(status().isOk());
        assertThat(meetings.findById(meetingId).orElseThrow().attended()).as("checking in twice counts once").isEqualTo(1);
    }

    private int going(String meetingId) {
        return meetingService.places(meetings.findById(meetingId).orElseThrow()).going();
    }
}
