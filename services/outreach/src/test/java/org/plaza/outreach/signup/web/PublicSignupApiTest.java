package org.plaza.outreach.signup.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plaza.outreach.support.Links;
import org.plaza.outreach.support.Links.Kind;
import org.plaza.outreach.testing.OutreachTest;
import org.plaza.outreach.testing.Scenario;
import org.plaza.outreach.testing.Scenario.Team;
import org.plaza.outreach.testing.TestClock;
import org.plaza.outreach.volunteer.Volunteer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Volunteers sign up and cancel over the public API; refusals are problem details in their language. */
@OutreachTest
class PublicSignupApiTest {

    @Autowired MockMvc mvc;
    @Autowired Scenario scenario;
    @Autowired Links links;
    @Autowired TestClock clock;
    @Autowired JsonMapper json;

    private Team team;
    private Volunteer volunteer;

    @BeforeEach
    void setUp() {
        team = scenario.team();
        volunteer = scenario.volunteer("MECCA");
    }

    @Test
    void aVolunteerSignsUpWithTheirPersonalKeyAndCancelsThroughTheSignUpLink() throws Exception {
        String shiftId = scenario.scheduleShift(team, team.shift().set("roles", List.of("CANVASSER", "INTERPRETER")));

        JsonNode signup = json.readTree(signUp(shiftId, volunteer, "INTERPRETER", "en").andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("CONFIRMED")).andExpect(jsonPath("$.role").value("INTERPRETER"))
                .andExpect(jsonPath("$.code").isString()).andReturn().getResponse().getContentAsString());
        String signupId = signup.get("signupId").asString();
        signUp(shiftId, volunteer, null, "en").andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Already signed up"));

        mvc.perform(post("/api/public/outreach/signups/{id}/cancel", signupId).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("key", "not-the-key")))).andExpect(status().isNotFound());
        mvc.perform(post("/api/public/outreach/signups/{id}/cancel", signupId).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("key", links.key(Kind.SIGNUP, signupId)))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));
        signUp(shiftId, volunteer, null, "en").andExpect(status().isCreated());
    }

    @Test
    void refusesASignUpToAShiftThatHasStarted() throws Exception {
        Instant now = Instant.now();
        LocalDateTime start = LocalDateTime.ofInstant(now.plus(Duration.ofHours(3)), Scenario.ZONE).withSecond(0).withNano(0);
        String shiftId = scenario.scheduleShift(team, team.shift().at(start, start.plusHours(2)));
        clock.moveTo(now.plus(Duration.ofHours(4)));

        signUp(shiftId, volunteer, null, "es").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://plaza.example/problems/shift-started"))
                .andExpect(jsonPath("$.detail").value("Este turno ya empezó o terminó, así que nadie puede inscribirse."));
    }

    @Test
    void refusesASignUpToACancelledShift() throws Exception {
        String shiftId = scenario.scheduleShift(team, team.shift());
        mvc.perform(post("/api/staff/outreach/shifts/{id}/cancel", shiftId)
                .header(HttpHeaders.AUTHORIZATION, team.bearer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));

        signUp(shiftId, volunteer, null, "en").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://plaza.example/problems/shift-cancelled"))
                .andExpect(jsonPath("$.detail").value("This shift was cancelled, so nobody can sign up for it."));
    }

    @Test
    void refusesAVolunteerWithoutTheRequiredTrainingInTheirLanguage() throws Exception {
        LocalDateTime day = Scenario.local(Instant.now(), 8, LocalTime.of(18, 0));
        JsonNode training = json.readTree(mvc.perform(post("/api/staff/outreach/trainings")
                .header(HttpHeaders.AUTHORIZATION, team.bearer()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("campaignId", team.campaignId(), "titleEs", "Justicia restaurativa",
                        "titleEn", "Restorative justice", "community", "COACHELLA", "address", "Biblioteca " + team.campaignId(),
                        "capacity", 40, "sessions", List.of(Map.of("startsAt", day.toString(), "endsAt", day.plusHours(2).toString()))))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        String shiftId = scenario.scheduleShift(team,
                team.shift().set("requiredTrainingId", training.get("trainingId").asString()));

        signUp(shiftId, volunteer, null, "es").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://plaza.example/problems/training-required"))
                .andExpect(jsonPath("$.title").value("Se requiere una capacitación"))
                .andExpect(jsonPath("$.detail").value("Este turno es solo para voluntarios que completaron la capacitación "
                        + "Justicia restaurativa. Inscríbete primero en esa capacitación."));
        signUp(shiftId, volunteer, null, "en").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("This shift is only for volunteers who completed the training "
                        + "Restorative justice. Sign up for that training first."));
    }

    @Test
    void refusesAnUnknownVolunteerKeyAndUnknownFields() throws Exception {
        String shiftId = scenario.scheduleShift(team, team.shift());
        mvc.perform(post("/api/public/outreach/shifts/{id}/signups", shiftId).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("volunteerId", volunteer.id(), "volunteerKey", "guess"))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/public/outreach/shifts/{id}/signups", shiftId).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("volunteerId", volunteer.id(),
                        "volunteerKey", scenario.link(volunteer).key(), "capacity", 99))))
                .andExpect(status().isBadRequest());
    }

    private ResultActions signUp(String shiftId, Volunteer who, String role, String language) throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("volunteerId", who.id(),
                "volunteerKey", scenario.link(who).key()));
        if (role != null) {
            body.put("role", role);
        }
        return mvc.perform(post("/api/public/outreach/shifts/{id}/signups", shiftId).header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }
}
