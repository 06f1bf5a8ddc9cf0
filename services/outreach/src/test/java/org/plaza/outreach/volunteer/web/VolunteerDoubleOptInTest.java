package org.plaza.outreach.volunteer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.outreach.VolunteerRegistered;
import org.plaza.outreach.shift.Seats;
import org.plaza.outreach.testing.Confirmations;
import org.plaza.outreach.testing.Forms;
import org.plaza.outreach.testing.OutreachTest;
import org.plaza.outreach.testing.Scenario;
import org.plaza.outreach.testing.Scenario.Team;
import org.plaza.outreach.testing.TestClock;
import org.plaza.outreach.volunteer.Enrolments;
import org.plaza.outreach.volunteer.Volunteer;
import org.plaza.outreach.volunteer.VolunteerService;
import org.plaza.outreach.volunteer.Volunteers;
import org.plaza.starter.retention.PersonalDataRetention;
import org.plaza.starter.supporter.SupporterIds;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;

/**
 * Double opt-in: typing an address signs nobody up. Only the link emailed to it creates the volunteer and opens a
 * personal page from which places are taken; the answer is the same whoever the address belongs to.
 */
@OutreachTest
class VolunteerDoubleOptInTest {

    @Autowired MockMvc mvc;
    @Autowired Scenario scenario;
    @Autowired KafkaTestEvents events;
    @Autowired SupporterIds supporterIds;
    @Autowired Volunteers volunteers;
    @Autowired Enrolments enrolments;
    @Autowired Seats seats;
    @Autowired PersonalDataRetention retention;
    @Autowired TestClock clock;
    @Autowired JsonMapper json;

    @Test
    void anyoneCannotTakeASeatForAnAddressThatNeverConfirmed() throws Exception {
        Team team = scenario.team();
        String shiftId = scenario.scheduleShift(team, team.shift().set("capacity", 2));
        String victim = "victima" + Scenario.next() + "@example.org";

        MockHttpServletResponse page = mvc.perform(valid(Forms.postFrom(mvc, "/outreach/volunteer?shift=" + shiftId,
                "/outreach/volunteer").param("shift", shiftId), "Víctima", victim)).andReturn().getResponse();
        String api = mvc.perform(post("/api/public/outreach/volunteers").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body(victim)))).andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString();

        assertThat(page.getStatus()).isEqualTo(303);
        assertThat(page.getRedirectedUrl()).as("no redirect to a personal page").startsWith("/outreach/volunteer/received?");
        assertThat(page.getContentAsString(StandardCharsets.UTF_8) + api).doesNotContain("/outreach/me/", "vol_", "volunteerKey");
        assertThat(volunteers.findBySupporterId(supporterIds.supporterId(victim))).as("no volunteer before confirming").isEmpty();
        assertThat(seats.ledger(shiftId).orElseThrow().openSpots()).isEqualTo(2);
        String link = Confirmations.emailedLink(events, victim);

        clock.moveTo(Instant.now().plus(Duration.ofHours(49)));
        assertThat(mvc.perform(Forms.postFrom(mvc, "/outreach/volunteer", "/outreach/volunteer/confirm")
                .param("token", Confirmations.token(link)))
                .andExpect(status().isGone()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .as("an expired confirmation opens nothing").contains("Este enlace ya venció o ya se usó.");
        retention.anonymizeDue(clock.instant());
        assertThat(enrolments.findById(Confirmations.token(link).substring(0, Confirmations.token(link).indexOf('.'))))
                .as("an expired request is forgotten").isEmpty();
        assertThat(volunteers.findBySupporterId(supporterIds.supporterId(victim))).isEmpty();
        assertThat(seats.ledger(shiftId).orElseThrow().openSpots()).isEqualTo(2);
        events.assertNoEvent(VolunteerRegistered.class, e -> e.supporterId().equals(supporterIds.supporterId(victim)),
                Duration.ofSeconds(2));
    }

    @Test
    void signUpAnswersTheSameForNewAndKnownVolunteers() throws Exception {
        Volunteer known = scenario.volunteer("Ya Conocida", "conocida" + Scenario.next() + "@example.org", "MECCA", "es");
        String stranger = "nueva" + Scenario.next() + "@example.org";

        MockHttpServletResponse forKnown = mvc.perform(valid(form(), "Alguien", known.email())).andReturn().getResponse();
        MockHttpServletResponse forNew = mvc.perform(valid(form(), "Alguien", stranger)).andReturn().getResponse();
        assertThat(forKnown.getStatus()).isEqualTo(forNew.getStatus()).isEqualTo(303);
        assertThat(forKnown.getRedirectedUrl()).isEqualTo(forNew.getRedirectedUrl());
        assertThat(forKnown.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(forNew.getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("Ya Conocida");

        MockHttpServletResponse apiKnown = mvc.perform(post("/api/public/outreach/volunteers")
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body(known.email())))).andReturn().getResponse();
        MockHttpServletResponse apiNew = mvc.perform(post("/api/public/outreach/volunteers")
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body(stranger)))).andReturn().getResponse();
        assertThat(apiKnown.getStatus()).isEqualTo(apiNew.getStatus()).isEqualTo(202);
        assertThat(apiKnown.getContentAsString()).isEqualTo(apiNew.getContentAsString()).isEqualTo("{\"status\":\"CHECK_EMAIL\"}");

        for (String address : List.of(known.email(), stranger)) {
            List<NotificationRequested> sent = events.awaitEvents(NotificationRequested.class,
                    r -> VolunteerService.CONFIRMATION_TEMPLATE.equals(r.templateKey()) && address.equals(r.recipientEmail()),
                    2, Duration.ofSeconds(20)).stream().map(r -> r.event()).toList();
            assertThat(sent).as("each address gets the same kind of email").hasSize(2)
                    .allMatch(r -> r.templateParameters().get("confirmUrl").startsWith(
                            "https://plaza.example/outreach/volunteer/confirm?token=enr_"));
        }
        assertThat(volunteers.findById(known.id()).orElseThrow().name()).isEqualTo("Ya Conocida");
    }

    @Test
    void anAddressGetsAtMostThreeConfirmationEmailsADayWithTheSameAnswer() throws Exception {
        String address = "insistente" + Scenario.next() + "@example.org";
        String first = null;
        for (int i = 0; i < 5; i++) {
            String answer = mvc.perform(post("/api/public/outreach/volunteers").contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(body(address)))).andExpect(status().isAccepted())
                    .andReturn().getResponse().getContentAsString();
            first = first == null ? answer : first;
            assertThat(answer).isEqualTo(first);
        }
        assertThat(enrolments.countBySupporterIdAndRequestedAtAfter(supporterIds.supporterId(address),
                Instant.now().minus(Duration.ofHours(1)))).as("requests kept, each with its one email").isEqualTo(3);
        events.awaitEvents(NotificationRequested.class, r -> address.equals(r.recipientEmail()), 3, Duration.ofSeconds(20));
    }

    @Test
    void theConfirmedLinkOpensThePersonalPageOnTheShiftTheFormCameFromWithoutTakingIt() throws Exception {
        Team team = scenario.team();
        String shiftId = scenario.scheduleShift(team, team.shift());
        String email = "turno" + Scenario.next() + "@example.org";
        mvc.perform(valid(Forms.postFrom(mvc, "/outreach/volunteer?shift=" + shiftId, "/outreach/volunteer")
                .param("shift", shiftId), "Con Turno", email)).andExpect(status().isSeeOther());

        String home = Confirmations.confirm(mvc, events, email);
        assertThat(home).startsWith("/outreach/me/vol_").contains("welcome=1", "shift=" + shiftId);
        assertThat(mvc.perform(get(home)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("id=\"focus\"", "Hola, Con Turno");
        assertThat(seats.ledger(shiftId).orElseThrow().seated()).isEmpty();
    }

    @Test
    void aVolunteerWhoGaveOnlyAMobileNumberIsNotAskedToConfirmAnEmail() throws Exception {
        String number = "+1760555" + String.format("%04d", 1000 + Scenario.next() % 9000);
        assertThat(Forms.accepted(mvc, valid(form(), "Solo Celular", "").param("phone", number)))
                .contains("id=\"received\"").doesNotContain("Revisa tu correo");
        NotificationRequested texted = events.awaitEvent(NotificationRequested.class,
                r -> VolunteerService.CONFIRMATION_TEMPLATE.equals(r.templateKey()) && number.equals(r.recipientPhone()),
                Duration.ofSeconds(20)).event();
        URI link = URI.create(texted.templateParameters().get("confirmUrl"));

        String page = mvc.perform(get(link.getRawPath() + "?" + link.getRawQuery())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Confirma tu inscripción", "Confirmar mi inscripción").doesNotContain("correo</");
        assertThat(page.replaceAll("(?s)<footer.*</footer>", "")).doesNotContainIgnoringCase("tu correo");

        String home = mvc.perform(Forms.postFrom(mvc, link.getRawPath() + "?" + link.getRawQuery(), "/outreach/volunteer/confirm")
                .param("token", Confirmations.token(link.getRawPath() + "?" + link.getRawQuery())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(mvc.perform(get(home)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).as("how to get a new link, for someone without an email")
                .contains("Hola, Solo Celular", "con el mismo correo o número");
    }

    private MockHttpServletRequestBuilder form() throws Exception {
        return Forms.postFrom(mvc, "/outreach/volunteer", "/outreach/volunteer");
    }

    private static MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder form, String name, String email) {
        return form.param("name", name).param("email", email).param("preferredLanguage", "es").param("community", "MECCA")
                .param("languages", "ES").param("ageGroup", "ADULT").param("contactConsent", "true");
    }

    private static Map<String, Object> body(String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Alguien");
        body.put("email", email);
        body.put("preferredLanguage", "es");
        body.put("community", "MECCA");
        body.put("languages", List.of("ES"));
        body.put("ageGroup", "ADULT");
        body.put("contactConsent", true);
        body.put("guardianConsent", false);
        return body;
    }
}
