package org.plaza.outreach.meeting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.plaza.outreach.meeting.Meetings;
import org.plaza.outreach.testing.OutreachTest;
import org.plaza.outreach.testing.Scenario;
import org.plaza.outreach.testing.Scenario.Team;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The organizer's page that schedules a meeting (through a relayed staff token): a filled form schedules it in Los
 * Angeles time and returns to the campaign; refusals stand next to their fields with what was typed kept; another
 * team's organizer is refused.
 */
@OutreachTest
class MeetingSchedulingPageTest {

    @Autowired Scenario scenario;
    @Autowired MockMvc mvc;
    @Autowired Meetings meetings;

    @Test
    void anOrganizerSchedulesAMeetingFromTheFormAndSeesRefusalsNextToTheFields() throws Exception {
        Team team = scenario.team();
        String path = "/staff/outreach/campaigns/" + team.campaignId() + "/meetings";
        assertThat(mvc.perform(get(path + "/new?lang=es").header(HttpHeaders.AUTHORIZATION, team.bearer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Programar una reunión comunitaria", "type=\"datetime-local\"", "name=\"capacity\"");

        String refused = mvc.perform(form(post(path + "?lang=es"), team, "Asamblea", "", "MECCA", "mucho"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("id=\"titleEn-error\"", "id=\"capacity-error\"", "value=\"Asamblea\"",
                "value=\"mucho\"", "id=\"error-summary\"");
        assertThat(mvc.perform(form(post(path + "?lang=es"), team, "Asamblea", "Town\nhall", "MECCA", "40"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"titleEn-error\"", "Escríbelo en una sola línea, sin saltos de línea");

        Instant now = Instant.now();
        String done = mvc.perform(form(post(path), team, "Asamblea del agua", "Water town hall", "MECCA", "40"))
                .andExpect(status().isSeeOther()).andReturn().getResponse().getRedirectedUrl();
        assertThat(done).isEqualTo("/staff/outreach/campaigns/" + team.campaignId() + "?done=meeting");
        assertThat(meetings.findByCampaignIdOrderByStartsAtAsc(team.campaignId())).singleElement().satisfies(m -> {
            assertThat(m.titleEn()).isEqualTo("Water town hall");
            assertThat(m.capacity()).isEqualTo(40);
            assertThat(m.startsAt().atZone(Scenario.ZONE).toLocalTime()).isEqualTo(LocalTime.of(18, 0));
            assertThat(m.startsAt()).isAfter(now);
        });

        Team other = scenario.team();
        mvc.perform(get(path + "/new").header(HttpHeaders.AUTHORIZATION, other.bearer())).andExpect(status().isForbidden());
        mvc.perform(form(post(path), other, "Otra", "Other", "MECCA", "")).andExpect(status().isForbidden());
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Team team, String titleEs,
            String titleEn, String community, String capacity) {
        Instant now = Instant.now();
        return request.header(HttpHeaders.AUTHORIZATION, team.bearer()).param("titleEs", titleEs).param("titleEn", titleEn)
                .param("place", "Centro comunitario").param("address", "70 Main St").param("community", community)
                .param("startsAt", Scenario.local(now, 5, LocalTime.of(18, 0)).toString())
                .param("endsAt", Scenario.local(now, 5, LocalTime.of(20, 0)).toString()).param("capacity", capacity);
    }
}
