package org.plaza.outreach.signup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plaza.outreach.signup.Signup;
import org.plaza.outreach.support.Links;
import org.plaza.outreach.support.Links.Kind;
import org.plaza.outreach.testing.Forms;
import org.plaza.outreach.testing.OutreachTest;
import org.plaza.outreach.testing.Scenario;
import org.plaza.outreach.testing.Scenario.Team;
import org.plaza.outreach.testing.TestClock;
import org.plaza.outreach.volunteer.Volunteer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A refusal on the volunteer's own pages (their personal page's sign-up button, a sign-up's cancel button) comes back
 * as the same page with the refusal's notice in their language, and with the refusal's status, never 200: a browser,
 * an assistive tool or a script sees that nothing happened.
 */
@OutreachTest
class PersonalPageRefusalsTest {

    @Autowired MockMvc mvc;
    @Autowired Scenario scenario;
    @Autowired Links links;
    @Autowired TestClock clock;

    private Team team;
    private Volunteer volunteer;

    @BeforeEach
    void aTeamAndAVolunteer() {
        team = scenario.team();
        volunteer = scenario.volunteer("MECCA");
    }

    @Test
    void aSignUpRefusedOnThePersonalPageAnswersTheRefusalsStatusWithThePageAndItsNotice() throws Exception {
        String shiftId = scenario.scheduleShift(team, team.shift());
        mvc.perform(post("/api/staff/outreach/shifts/{id}/cancel", shiftId).header(HttpHeaders.AUTHORIZATION, team.bearer()))
                .andExpect(status().isOk());
        String home = scenario.link(volunteer).path();

        String page = mvc.perform(Forms.postFrom(mvc, home, home + "/signups").param("shiftId", shiftId)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("id=\"refusal\"").contains("This shift was cancelled, so nobody can sign up for it.");
    }

    @Test
    void aCancellationRefusedOnTheSignUpPageAnswersTheRefusalsStatusWithThePageAndItsNotice() throws Exception {
        Instant now = Instant.now();
        LocalDateTime start = LocalDateTime.ofInstant(now.plus(Duration.ofHours(3)), Scenario.ZONE).withSecond(0).withNano(0);
        String shiftId = scenario.scheduleShift(team, team.shift().at(start, start.plusHours(2)));
        Signup signup = scenario.signUp(shiftId, volunteer.id());
        String path = links.path(Kind.SIGNUP, signup.id());
        MockHttpServletRequestBuilder cancelOpenedBeforeTheStart = Forms.postFrom(mvc, path, path + "/cancel")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "es");
        clock.moveTo(now.plus(Duration.ofHours(4)));

        String page = mvc.perform(cancelOpenedBeforeTheStart).andExpect(status().isConflict()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("id=\"refusal\"").contains("El turno ya empezó. Si no puedes quedarte");
    }
}
