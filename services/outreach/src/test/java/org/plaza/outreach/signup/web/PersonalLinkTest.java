package org.plaza.outreach.signup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plaza.events.identity.StaffActionAudited;
import org.plaza.outreach.testing.Forms;
import org.plaza.outreach.testing.OutreachTest;
import org.plaza.outreach.testing.Scenario;
import org.plaza.outreach.testing.Scenario.Team;
import org.plaza.outreach.testing.TestClock;
import org.plaza.outreach.volunteer.PersonalLinks;
import org.plaza.outreach.volunteer.Volunteer;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Personal links expire, can be renewed or revoked by the volunteer and revoked by staff; an expired, a revoked and
 * someone else's link all get the same answer as a link that never existed.
 */
@OutreachTest
class PersonalLinkTest {

    @Autowired MockMvc mvc;
    @Autowired Scenario scenario;
    @Autowired TestClock clock;
    @Autowired KafkaTestEvents events;
    @Autowired JsonMapper json;

    private Team team;
    private String shiftId;
    private Volunteer ana;
    private Volunteer ben;

    @BeforeEach
    void twoVolunteersAndAShift() throws Exception {
        team = scenario.team();
        shiftId = scenario.scheduleShift(team, team.shift().at(Scenario.local(Instant.now(), 100, LocalTime.of(9, 0)),
                Scenario.local(Instant.now(), 100, LocalTime.of(11, 0))));
        ana = scenario.volunteer("MECCA");
        ben = scenario.volunteer("MECCA");
    }

    @Test
    void anExpiredARevokedAndSomeoneElsesLinkGetTheSameAnswerAsNoLinkAtAll() throws Exception {
        PersonalLinks.Link anas = scenario.link(ana);
        PersonalLinks.Link bens = scenario.link(ben);
        mvc.perform(get(anas.path())).andExpect(status().isOk());
        Map<String, String> answers = new LinkedHashMap<>();

        answers.put("unknown", refusal("vol_nobody", anas.key()));
        answers.put("someone else's", refusal(ana.id(), bens.key()));
        answers.put("altered", refusal(ana.id(), anas.key().replace('.', 'x')));
        clock.moveTo(anas.expiresAt().plusSeconds(1));
        answers.put("expired", refusal(ana.id(), anas.key()));
        clock.reset();
        mvc.perform(Forms.postFrom(mvc, bens.path(), bens.path() + "/link/revoke")).andExpect(status().isOk());
        answers.put("revoked", refusal(ben.id(), bens.key()));

        assertThat(answers.values()).as("%s", answers).containsOnly(answers.get("unknown"));
        assertThat(answers.get("unknown")).startsWith("404 ");
        mvc.perform(get(anas.path())).andExpect(status().isOk());
    }

    @Test
    void aVolunteerRenewsTheirLinkAndTheOldOneStopsWorking() throws Exception {
        PersonalLinks.Link old = scenario.link(ana);

        String renewed = mvc.perform(Forms.postFrom(mvc, old.path(), old.path() + "/link/renew"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        assertThat(renewed).startsWith("/outreach/me/" + ana.id() + "/").endsWith("?renewed=1");
        assertThat(mvc.perform(get(renewed)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("id=\"renewed\"");
        mvc.perform(get(old.path())).andExpect(status().isNotFound());
        assertThat(refusal(ana.id(), old.key())).startsWith("404 ");
    }

    @Test
    void anOrganizerOfTheVolunteersCampaignRevokesTheirLinksAuditedAndNoOtherOrganizerCan() throws Exception {
        scenario.signUp(shiftId, ana.id());
        PersonalLinks.Link link = scenario.link(ana);
        Team other = scenario.team();

        mvc.perform(post("/api/staff/outreach/volunteers/{id}/links/revoke", ana.id()).header(HttpHeaders.AUTHORIZATION,
                other.bearer())).andExpect(status().isForbidden());
        mvc.perform(get(link.path())).andExpect(status().isOk());
        mvc.perform(post("/api/staff/outreach/volunteers/{id}/links/revoke", ana.id()).header(HttpHeaders.AUTHORIZATION,
                team.bearer())).andExpect(status().isNoContent());

        mvc.perform(get(link.path())).andExpect(status().isNotFound());
        StaffActionAudited audited = events.awaitEvent(StaffActionAudited.class,
                e -> e.itemId().equals(ana.id()) && e.itemType().equals("VOLUNTEER_LINK"), Duration.ofSeconds(20)).event();
        assertThat(audited.staffId()).isEqualTo(team.organizer());
        assertThat(audited.action()).isEqualTo("REVOKE");
        assertThat(audited.campaignId()).isEqualTo(team.campaignId());
        mvc.perform(get(scenario.link(ana).path())).andExpect(status().isOk());
    }

    /** What a caller learns from a link: the page's status, and the sign-up API's status and problem. */
    private String refusal(String volunteerId, String key) throws Exception {
        MockHttpServletResponse page = mvc.perform(get(PersonalLinks.path(volunteerId, key))).andReturn().getResponse();
        MockHttpServletResponse api = mvc.perform(post("/api/public/outreach/shifts/{id}/signups", shiftId)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("volunteerId", volunteerId,
                        "volunteerKey", key)))).andReturn().getResponse();
        JsonNode problem = json.readTree(api.getContentAsString(StandardCharsets.UTF_8));
        return page.getStatus() + " " + api.getStatus() + " " + problem.path("type").asString() + " "
                + problem.path("title").asString() + " " + problem.path("detail").asString();
    }
}
