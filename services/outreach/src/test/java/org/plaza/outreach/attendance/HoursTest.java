package org.plaza.outreach.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plaza.events.identity.StaffActionAudited;
import org.plaza.events.outreach.ShiftAttended;
import org.plaza.outreach.signup.HoursTotals;
import org.plaza.outreach.signup.Signup;
import org.plaza.outreach.signup.Signups;
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
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.json.JsonMapper;

/** Check-in by roster and by code, no-shows, audited corrections, and hours that add up. */
@OutreachTest
class HoursTest {

    @Autowired MockMvc mvc;
    @Autowired Scenario scenario;
    @Autowired TestClock clock;
    @Autowired KafkaTestEvents events;
    @Autowired HoursTotals hours;
    @Autowired Signups signups;
    @Autowired JsonMapper json;

    @Test
    void hoursAddUpPerVolunteerAndPerCampaignWithCorrectionsAudited() throws Exception {
        Team team = scenario.team();
        String bearer = team.bearer();
        LocalDateTime morning = Scenario.local(Instant.now(), 3, LocalTime.of(9, 0));
        LocalDateTime afternoon = Scenario.local(Instant.now(), 4, LocalTime.of(14, 0));
        String canvass = scenario.scheduleShift(team, team.shift().at(morning, morning.plusHours(3)));
        String phoneBank = scenario.scheduleShift(team, team.shift().set("activity", "PHONE_BANK")
                .at(afternoon, afternoon.plusHours(2)));
        Volunteer ana = scenario.volunteer("MECCA");
        Volunteer beto = scenario.volunteer("MECCA");
        Volunteer carla = scenario.volunteer("OASIS");
        Volunteer dora = scenario.volunteer("MECCA");
        Signup anaAtCanvass = scenario.signUp(canvass, ana.id());
        Signup betoAtCanvass = scenario.signUp(canvass, beto.id());
        Signup doraAtCanvass = scenario.signUp(canvass, dora.id());
        Signup anaAtPhoneBank = scenario.signUp(phoneBank, ana.id());
        Signup carlaAtPhoneBank = scenario.signUp(phoneBank, carla.id());

        clock.moveTo(morning.atZone(Scenario.ZONE).toInstant().plus(Duration.ofMinutes(5)));
        checkIn(canvass, Map.of("signupId", anaAtCanvass.id()), bearer).andExpect(jsonPath("$.checkIn").value("ROSTER"));
        checkIn(canvass, Map.of("code", betoAtCanvass.code().toLowerCase()), bearer).andExpect(jsonPath("$.checkIn").value("CODE"))
                .andExpect(jsonPath("$.minutesServed").value(180));
        clock.moveTo(morning.atZone(Scenario.ZONE).toInstant().plus(Duration.ofHours(4)));
        mvc.perform(post("/api/staff/outreach/shifts/{id}/no-shows", canvass).header(HttpHeaders.AUTHORIZATION, bearer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.marked").value(1));
        assertThat(signups.findById(doraAtCanvass.id()).orElseThrow().presence()).isEqualTo(Signup.Presence.NO_SHOW);

        clock.moveTo(afternoon.atZone(Scenario.ZONE).toInstant());
        checkIn(phoneBank, Map.of("code", anaAtPhoneBank.code()), bearer);
        checkIn(phoneBank, Map.of("signupId", carlaAtPhoneBank.id()), bearer);
        mvc.perform(put("/api/staff/outreach/signups/{id}/minutes", carlaAtPhoneBank.id()).header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("minutes", 90, "reason", "Left early to pick up her kids"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.minutesServed").value(90))
                .andExpect(jsonPath("$.corrections[0].fromMinutes").value(120))
                .andExpect(jsonPath("$.corrections[0].staffId").value(team.organizer()));

        assertThat(hours.ofVolunteer(ana.id()).minutes()).isEqualTo(300);
        assertThat(hours.ofVolunteer(beto.id()).minutes()).isEqualTo(180);
        assertThat(hours.ofVolunteer(carla.id()).minutes()).isEqualTo(90);
        assertThat(hours.ofVolunteer(dora.id()).minutes()).isZero();
        mvc.perform(get("/api/staff/outreach/campaigns/{id}/hours", team.campaignId()).header(HttpHeaders.AUTHORIZATION, bearer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.minutes").value(570)).andExpect(jsonPath("$.hours").value(9.5))
                .andExpect(jsonPath("$.volunteers[0].volunteerId").value(ana.id()))
                .andExpect(jsonPath("$.volunteers[0].name").value(ana.name()))
                .andExpect(jsonPath("$.volunteers.length()").value(3));
        String page = mvc.perform(get("/staff/outreach/campaigns/{id}?lang=en", team.campaignId())
                .header(HttpHeaders.AUTHORIZATION, bearer)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("9.5 hours by 3 volunteers", "id=\"volunteer-hours\"",
                "<td>" + ana.name() + "</td><td>5.0</td><td>2</td>", "<td>" + carla.name() + "</td><td>1.5</td><td>1</td>");
        ShiftAttended corrected = events.awaitEvent(ShiftAttended.class,
                e -> e.signupId().equals(carlaAtPhoneBank.id()) && e.revision() == 2, Duration.ofSeconds(20)).event();
        assertThat(corrected.minutesServed()).isEqualTo(90);
        StaffActionAudited audited = events.awaitEvent(StaffActionAudited.class,
                e -> e.itemId().equals(carlaAtPhoneBank.id()), Duration.ofSeconds(20)).event();
        assertThat(audited.itemType()).isEqualTo("VOLUNTEER_HOURS");
        assertThat(audited.staffId()).isEqualTo(team.organizer());

        mvc.perform(get("/api/staff/outreach/campaigns/{id}/hours", team.campaignId())
                .header(HttpHeaders.AUTHORIZATION, scenario.organizerBearer("someone-else"))).andExpect(status().isForbidden());
    }

    @Test
    void aCorrectionNeedsAReasonAndMinutesInRange() throws Exception {
        Team team = scenario.team();
        String bearer = team.bearer();
        LocalDateTime start = Scenario.local(Instant.now(), 3, LocalTime.of(9, 0));
        String shiftId = scenario.scheduleShift(team, team.shift().at(start, start.plusHours(1)));
        Signup signup = scenario.signUp(shiftId, scenario.volunteer("MECCA").id());
        checkInTooEarly(shiftId, signup, bearer);
        clock.moveTo(start.atZone(Scenario.ZONE).toInstant());
        checkIn(shiftId, Map.of("signupId", signup.id()), bearer);

        mvc.perform(put("/api/staff/outreach/signups/{id}/minutes", signup.id()).header(HttpHeaders.AUTHORIZATION, bearer)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "es").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("minutes", -5, "reason", "typo"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Escribe los minutos, de 0 a 1.440"));
        mvc.perform(put("/api/staff/outreach/signups/{id}/minutes", signup.id()).header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("minutes", 30))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        assertThat(hours.ofVolunteer(signup.volunteerId()).minutes()).isEqualTo(60);
    }

    private void checkInTooEarly(String shiftId, Signup signup, String bearer) throws Exception {
        mvc.perform(post("/api/staff/outreach/shifts/{id}/check-ins", shiftId).header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("signupId", signup.id()))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://plaza.example/problems/check-in-not-open"));
    }

    private ResultActions checkIn(String shiftId, Map<String, String> body, String bearer)
            throws Exception {
        return mvc.perform(post("/api/staff/outreach/shifts/{id}/check-ins", shiftId).header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.presence").value("ATTENDED"));
    }
}
