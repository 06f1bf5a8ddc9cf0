package org.plaza.outreach.attendance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.plaza.outreach.signup.Signup;
import org.plaza.outreach.signup.Signups;
import org.plaza.outreach.testing.OutreachTest;
import org.plaza.outreach.testing.Scenario.Team;
import org.plaza.outreach.testing.Scenario;
import org.plaza.outreach.testing.TestClock;
import org.plaza.outreach.volunteer.Volunteer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The roster an organizer uses on a phone: volunteers with a check-in button, and the code box; reached through
 * the gateway, which relays the staff member's token and tells where the browser is.
 */
@OutreachTest
class RosterPageTest {

    @Autowired MockMvc mvc;
    @Autowired Scenario scenario;
    @Autowired TestClock clock;
    @Autowired Signups signups;
    @LocalServerPort int port;

    @Test
    void anOrganizerChecksAVolunteerInWithTheCodeTheyShow() throws Exception {
        Team team = scenario.team();
        String bearer = team.bearer();
        LocalDateTime start = Scenario.local(Instant.now(), 3, LocalTime.of(9, 0));
        String shiftId = scenario.scheduleShift(team, team.shift().at(start, start.plusHours(2)));
        Volunteer volunteer = scenario.volunteer("Tomás Pérez", "tomas" + Scenario.next() + "@example.org", "MECCA", "es");
        Signup signup = scenario.signUp(shiftId, volunteer.id());
        String roster = "/staff/outreach/shifts/" + shiftId + "/roster";

        String page = mvc.perform(get(roster).header(HttpHeaders.AUTHORIZATION, bearer)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Lista de asistencia", "Tomás Pérez", "Registrar llegada", volunteer.email());

        mvc.perform(post(roster + "/code").header(HttpHeaders.AUTHORIZATION, bearer).param("code", "ZZZZZZ"))
                .andExpect(status().isConflict());
        clock.moveTo(start.atZone(Scenario.ZONE).toInstant());
        String wrong = mvc.perform(post(roster + "/code").header(HttpHeaders.AUTHORIZATION, bearer).param("code", "ZZZZZZ"))
                .andExpect(status().isNotFound()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(wrong).contains("Ningún voluntario confirmado de este turno tiene este código");

        mvc.perform(post(roster + "/code").header(HttpHeaders.AUTHORIZATION, bearer).param("code", signup.code()))
                .andExpect(redirectedUrl(roster + "?done=checked-in"));
        assertThat(signups.findById(signup.id()).orElseThrow().presence()).isEqualTo(Signup.Presence.ATTENDED);
        assertThat(mvc.perform(get(roster + "?done=checked-in&lang=en").header(HttpHeaders.AUTHORIZATION, bearer))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Checked in: 120 minutes");
        mvc.perform(get(roster).header(HttpHeaders.AUTHORIZATION, scenario.organizerBearer("not-on-team")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aCheckInRelayedByTheGatewayRedirectsBackToTheGatewaysAddress() throws Exception {
        Team team = scenario.team();
        LocalDateTime start = Scenario.local(Instant.now(), 3, LocalTime.of(13, 0));
        String shiftId = scenario.scheduleShift(team, team.shift().at(start, start.plusHours(2)));
        Signup signup = scenario.signUp(shiftId, scenario.volunteer("MECCA").id());
        clock.moveTo(start.atZone(Scenario.ZONE).toInstant());
        String roster = "/staff/outreach/shifts/" + shiftId + "/roster";

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create("http://127.0.0.1:" + port + roster + "/check-in"))
                .header(HttpHeaders.AUTHORIZATION, team.bearer()).header("X-Forwarded-For", "203.0.113.7")
                .header("X-Forwarded-Proto", "http").header("X-Forwarded-Host", "plaza.example:8080")
                .header("X-Forwarded-Port", "8080").header(HttpHeaders.CONTENT_TYPE, "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("signupId=" + signup.id())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        assertThat(response.headers().firstValue(HttpHeaders.LOCATION)).as("a path, which the browser resolves against "
                + "the gateway's address it used, never the service's own").hasValue(roster + "?done=checked-in");
        assertThat(signups.findById(signup.id()).orElseThrow().presence()).isEqualTo(Signup.Presence.ATTENDED);
    }
}
