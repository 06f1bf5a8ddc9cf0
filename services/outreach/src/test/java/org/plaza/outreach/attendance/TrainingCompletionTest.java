package org.plaza.outreach.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.outreach.TrainingCompleted;
import org.plaza.outreach.signup.Signup;
import org.plaza.outreach.signup.SignupService;
import org.plaza.outreach.support.Links;
import org.plaza.outreach.support.Links.Kind;
import org.plaza.outreach.testing.OutreachTest;
import org.plaza.outreach.testing.Scenario;
import org.plaza.outreach.testing.Scenario.Team;
import org.plaza.outreach.testing.TestClock;
import org.plaza.outreach.volunteer.Volunteer;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A training series: attending every session completes it, announces it and gives a bilingual certificate. */
@OutreachTest
class TrainingCompletionTest {

    @Autowired MockMvc mvc;
    @Autowired Scenario scenario;
    @Autowired TestClock clock;
    @Autowired KafkaTestEvents events;
    @Autowired SignupService signups;
    @Autowired Links links;
    @Autowired JsonMapper json;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void attendingEverySessionCompletesTheTrainingAndOpensTheShiftsThatRequireIt() throws Exception {
        Team team = scenario.team();
        LocalDateTime first = Scenario.local(Instant.now(), 3, LocalTime.of(18, 0));
        LocalDateTime second = Scenario.local(Instant.now(), 10, LocalTime.of(18, 0));
        JsonNode training = json.readTree(mvc.perform(post("/api/staff/outreach/trainings")
                .header(HttpHeaders.AUTHORIZATION, team.bearer()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("campaignId", team.campaignId(), "titleEs", "Justicia restaurativa",
                        "titleEn", "Restorative justice", "community", "COACHELLA", "address", "Biblioteca " + team.campaignId(),
                        "capacity", 40, "languagesNeeded", List.of("es", "en"), "sessions", List.of(
                                Map.of("startsAt", first.toString(), "endsAt", first.plusHours(2).toString()),
                                Map.of("startsAt", second.toString(), "endsAt", second.plusHours(2).toString()))))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        String trainingId = training.get("trainingId").asString();
        String session1 = training.get("sessions").get(0).get("shiftId").asString();
        String session2 = training.get("sessions").get(1).get("shiftId").asString();
        assertThat(training.get("sessions").get(1).get("session").asString()).isEqualTo("2 / 2");
        String advanced = scenario.scheduleShift(team, team.shift().set("requiredTrainingId", trainingId)
                .at(Scenario.local(Instant.now(), 12, LocalTime.of(9, 0)), Scenario.local(Instant.now(), 12, LocalTime.of(12, 0))));
        Volunteer graduate = scenario.volunteer("Rosa Martínez Ñúñez", "rosa" + Scenario.next() + "@example.org", "COACHELLA", "es");
        Signup atFirst = scenario.signUp(session1, graduate.id());
        Signup atSecond = scenario.signUp(session2, graduate.id());

        clock.moveTo(first.atZone(Scenario.ZONE).toInstant());
        checkIn(session1, atFirst, team.bearer());
        clock.moveTo(second.atZone(Scenario.ZONE).toInstant());
        events.assertNoEvent(TrainingCompleted.class, e -> e.volunteerId().equals(graduate.id()), Duration.ofSeconds(2));
        checkIn(session2, atSecond, team.bearer());

        TrainingCompleted completed = events.awaitEvent(TrainingCompleted.class, e -> e.volunteerId().equals(graduate.id()),
                Duration.ofSeconds(30)).event();
        assertThat(completed.trainingId()).isEqualTo(trainingId);
        assertThat(completed.sessionsAttended()).isEqualTo(2);
        assertThat(completed.supporterId()).isEqualTo(graduate.supporterId());
        NotificationRequested mail = events.awaitEvent(NotificationRequested.class,
                r -> r.requestId().equals("outreach:" + completed.certificateId() + ":certificate"), Duration.ofSeconds(30)).event();
        assertThat(mail.templateKey()).isEqualTo("outreach.training-certificate");
        assertThat(mail.templateParameters()).containsEntry("trainingTitle", "Justicia restaurativa");
        assertThat(mail.attachment().mediaType()).isEqualTo("application/pdf");
        assertThat(mail.attachment().uri()).startsWith("http://127.0.0.1:8085/outreach/certificates/" + completed.certificateId());

        byte[] pdf = mvc.perform(get(links.path(Kind.CERTIFICATE, completed.certificateId())))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Certificado de finalización", "Certificate of completion", "Rosa Martínez Ñúñez",
                    "Justicia restaurativa", "Restorative justice", "2 sesiones asistidas", "2 sessions attended");
        }
        mvc.perform(get("/outreach/certificates/{id}/{key}", completed.certificateId(), "wrong-key-wrong-key-00"))
                .andExpect(status().isNotFound());

        clock.reset();
        assertThat(signups.signUp(advanced, graduate.id(), null).status()).isEqualTo(Signup.Status.CONFIRMED);
    }

    private void checkIn(String shiftId, Signup signup, String bearer) throws Exception {
        mvc.perform(post("/api/staff/outreach/shifts/{id}/check-ins", shiftId).header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("signupId", signup.id()))))
                .andExpect(status().isOk());
    }
}
