package org.plaza.outreach.lead;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.plaza.events.comments.CommentSubmitted;
import org.plaza.events.petitions.SignatureVerified;
import org.plaza.outreach.testing.OutreachTest;
import org.plaza.outreach.testing.Scenario;
import org.plaza.outreach.testing.Scenario.Team;
import org.plaza.starter.supporter.SupporterIds;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/** Residents who tick "I'd like to volunteer" become leads organizers can count, but not contact until they sign up. */
@OutreachTest
class LeadsTest {

    @Autowired MockMvc mvc;
    @Autowired Scenario scenario;
    @Autowired KafkaTestEvents events;
    @Autowired SupporterIds supporterIds;
    @Autowired LeadService leads;

    @Test
    void leadsFromPetitionsAndCommentsAreCountedPerCommunityWithoutContactDetailsUntilTheySignUp() throws Exception {
        Team team = scenario.team();
        String email = "lead" + Scenario.next() + "@example.org";
        String supporterId = supporterIds.supporterId(email);
        SignatureVerified signature = new SignatureVerified("sig_" + Scenario.next(), "pet_1", team.campaignId(), supporterId,
                "MECCA", "es", false, true, "WEB", Instant.now());
        events.publish(signature);
        events.publish(signature);
        events.publish(new SignatureVerified("sig_" + Scenario.next(), "pet_1", team.campaignId(),
                supporterIds.supporterId("x" + email), "MECCA", "es", false, false, "WEB", Instant.now()));
        events.publish(new CommentSubmitted("com_" + Scenario.next(), "drv_1", team.campaignId(),
                supporterIds.supporterId("c" + email), CommentSubmitted.Position.SUPPORT, "OASIS", "en", false, null, true, 1,
                Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> leads.ofCampaign(team.campaignId(), null).size() == 2);

        String before = mvc.perform(get("/api/staff/outreach/campaigns/{id}/leads", team.campaignId())
                .header(HttpHeaders.AUTHORIZATION, team.bearer())).andExpect(status().isOk())
                .andExpect(jsonPath("$.counts[?(@.community == 'MECCA')].leads").value(1))
                .andExpect(jsonPath("$.counts[?(@.community == 'OASIS')].leads").value(1))
                .andExpect(jsonPath("$.leads[?(@.community == 'MECCA')].status").value("OPEN"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Assertions.assertThat(before).doesNotContain(supporterId, "@example.org");

        scenario.volunteer("Leticia Campos", email, "MECCA", "es");

        await().atMost(Duration.ofSeconds(30)).until(() -> leads.ofCampaign(team.campaignId(), "MECCA").get(0).converted());
        mvc.perform(get("/api/staff/outreach/campaigns/{id}/leads", team.campaignId()).param("community", "MECCA")
                .header(HttpHeaders.AUTHORIZATION, team.bearer()))
                .andExpect(jsonPath("$.leads.length()").value(1))
                .andExpect(jsonPath("$.leads[0].status").value("VOLUNTEER"))
                .andExpect(jsonPath("$.leads[0].volunteer.name").value("Leticia Campos"))
                .andExpect(jsonPath("$.leads[0].volunteer.email").value(email))
                .andExpect(jsonPath("$.counts[0].converted").value(1));
        mvc.perform(get("/api/staff/outreach/campaigns/{id}/leads", team.campaignId())
                .header(HttpHeaders.AUTHORIZATION, scenario.organizerBearer("not-on-team"))).andExpect(status().isForbidden());
        String page = mvc.perform(get("/staff/outreach/campaigns/{id}", team.campaignId())
                .header(HttpHeaders.AUTHORIZATION, team.bearer())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Assertions.assertThat(page).contains("Interesados por comunidad", "Leticia Campos", "Comentario público");
    }
}
