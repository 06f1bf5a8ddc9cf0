package org.plaza.outreach.shift.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plaza.events.outreach.ShiftScheduled;
import org.plaza.outreach.testing.OutreachTest;
import org.plaza.outreach.testing.Scenario;
import org.plaza.outreach.testing.Scenario.ShiftSpec;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.events.Position;
import org.plaza.testsupport.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.json.JsonMapper;

/** Organizers schedule shifts through the staff API; bad plans are refused field by field, in both languages. */
@OutreachTest
class ShiftSchedulingTest {

    @Autowired MockMvc mvc;
    @Autowired Scenario scenario;
    @Autowired KafkaTestEvents events;
    @Autowired JsonMapper json;

    private String organizer;
    private String bearer;
    private String campaignId;

    @BeforeEach
    void campaign() {
        organizer = scenario.organizer();
        bearer = scenario.organizerBearer(organizer);
        campaignId = scenario.campaign(organizer);
    }

    @Test
    void schedulesAShiftInLosAngelesTimeAndAnnouncesIt() throws Exception {
        Position before = events.positionOf(ShiftScheduled.class);
        LocalDateTime start = Scenario.local(Instant.now(), 5, LocalTime.of(17, 30));
        ShiftSpec spec = scenario.shift(campaignId).at(start, start.plusHours(2)).set("capacity", 8)
                .set("minimumVolunteers", 3).set("roles", List.of("CANVASSER", "TEAM_LEAD"));

        String shiftId = scenario.schedule(spec, bearer).get("shiftId").asString();

        ShiftScheduled scheduled = events.awaitEvent(before, ShiftScheduled.class, e -> e.shiftId().equals(shiftId),
                Duration.ofSeconds(20)).event();
        assertThat(scheduled.startsAt()).isEqualTo(start.atZone(Scenario.ZONE).toInstant());
        assertThat(scheduled.timeZone()).isEqualTo("America/Los_Angeles");
        assertThat(scheduled.capacity()).isEqualTo(8);
        assertThat(scheduled.minimumVolunteers()).isEqualTo(3);
        assertThat(scheduled.staffId()).isEqualTo(organizer);
        assertThat(scheduled.campaignId()).isEqualTo(campaignId);
    }

    @Test
    void refusesAnEndBeforeTheStart() throws Exception {
        LocalDateTime start = Scenario.local(Instant.now(), 4, LocalTime.of(10, 0));
        refused(scenario.shift(campaignId).at(start, start.minusHours(1)), "en")
                .andExpect(jsonPath("$.errors[?(@.field == 'endsAt')].message").value("The end must be after the start"));
        refused(scenario.shift(campaignId).at(start, start), "es")
                .andExpect(jsonPath("$.errors[?(@.field == 'endsAt')].message").value("El final debe ser después del inicio"));
    }

    @Test
    void refusesACapacityOfZeroOrLess() throws Exception {
        refused(scenario.shift(campaignId).set("capacity", 0), "en")
                .andExpect(jsonPath("$.errors[?(@.field == 'capacity')].message").value("The capacity must be at least 1"));
        refused(scenario.shift(campaignId).set("capacity", -4), "es")
                .andExpect(jsonPath("$.errors[?(@.field == 'capacity')].message").value("La capacidad debe ser de al menos 1"));
    }

    @Test
    void refusesATitleOrAddressWithALineBreakInTheReadersLanguage() throws Exception {
        refused(scenario.shift(campaignId).set("titleEs", "Tocar puertas\nen Mecca").set("address", "Calle 1\r\nMecca"),
                "en")
                .andExpect(jsonPath("$.errors[?(@.field == 'titleEs')].message")
                        .value("Write it on one line, without line breaks"))
                .andExpect(jsonPath("$.errors[?(@.field == 'address')].message")
                        .value("Write it on one line, without line breaks"));
        refused(scenario.shift(campaignId).set("titleEn", "Door\u2028knocking"), "es")
                .andExpect(jsonPath("$.errors[?(@.field == 'titleEn')].message")
                        .value("Escríbelo en una sola línea, sin saltos de línea"));
    }

    @Test
    void refusesAnUnknownCommunity() throws Exception {
        refused(scenario.shift(campaignId).set("community", "ATLANTIS"), "en")
                .andExpect(jsonPath("$.errors[?(@.field == 'community')].message")
                        .value("This community is not one of the configured communities"));
    }

    @Test
    void refusesAStartInThePastAndATimeThatDaylightSavingSkips() throws Exception {
        LocalDateTime yesterday = Scenario.local(Instant.now(), -1, LocalTime.of(10, 0));
        refused(scenario.shift(campaignId).at(yesterday, yesterday.plusHours(2)), "en")
                .andExpect(jsonPath("$.errors[?(@.field == 'startsAt')].message").value("The start must be in the future"));
        LocalDateTime skipped = LocalDate.of(Instant.now().atZone(Scenario.ZONE).getYear() + 1, 3, 1)
                .with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.SUNDAY)).atTime(2, 30);
        refused(scenario.shift(campaignId).at(skipped, skipped.plusHours(2)), "en")
                .andExpect(jsonPath("$.errors[?(@.field == 'startsAt')].message")
                        .value("This time does not exist on that day (the clocks change); choose another"));
    }

    @Test
    void refusesAShiftOverlappingAnotherAtTheSamePlace() throws Exception {
        LocalDateTime start = Scenario.local(Instant.now(), 6, LocalTime.of(9, 0));
        scenario.schedule(scenario.shift(campaignId).at(start, start.plusHours(3)).set("address", "Mecca Community Center " + campaignId),
                bearer);
        String otherOrganizer = scenario.organizer();
        String otherCampaign = scenario.campaign(otherOrganizer);

        mvc.perform(post("/api/staff/outreach/shifts").header(HttpHeaders.AUTHORIZATION, scenario.organizerBearer(otherOrganizer))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(scenario.shift(otherCampaign).at(start.plusHours(2), start.plusHours(4))
                        .set("address", "  mecca community center, " + campaignId + " ").body())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://plaza.example/problems/shift-overlap"))
                .andExpect(jsonPath("$.title").value("Place already taken"));
    }

    @Test
    void refusesAShiftOverlappingAnotherLedByTheSameOrganizer() throws Exception {
        LocalDateTime start = Scenario.local(Instant.now(), 7, LocalTime.of(9, 0));
        scenario.schedule(scenario.shift(campaignId).at(start, start.plusHours(3)), bearer);

        mvc.perform(post("/api/staff/outreach/shifts").header(HttpHeaders.AUTHORIZATION, bearer)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "es").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(scenario.shift(campaignId).at(start.plusHours(1), start.plusHours(5)).body())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Organizador ocupado"));

        scenario.schedule(scenario.shift(campaignId).at(start.plusHours(3), start.plusHours(5)), bearer);
    }

    @Test
    void refusesAnOrganizerWhoIsNotOnTheCampaignTeam() throws Exception {
        mvc.perform(post("/api/staff/outreach/shifts").header(HttpHeaders.AUTHORIZATION, scenario.organizerBearer("stranger"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(scenario.shift(campaignId).body())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/staff/outreach/shifts").header(HttpHeaders.AUTHORIZATION, scenario.bearer("mod", Role.MODERATOR))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(scenario.shift(campaignId).body())))
                .andExpect(status().isForbidden());
    }

    private ResultActions refused(ShiftSpec spec, String language) throws Exception {
        return mvc.perform(post("/api/staff/outreach/shifts").header(HttpHeaders.AUTHORIZATION, bearer)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(spec.body())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://plaza.example/problems/validation"));
    }

}
