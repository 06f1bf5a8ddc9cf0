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
import org.plaza.events.EventTypes;
import org.plaza.events.comments.CommentSubmitted;
import org.plaza.events.petitions.SignatureVerified;
import org.plaza.outreach.testing.OutreachTest;
import org.plaza.outreach.testing.Scenario;
import org.plaza.outreach.testing.Scenario.Team;
import org.plaza.starter.messaging.ProcessedEvents;
import org.plaza.starter.supporter.SupporterIds;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import io.micrometer.core.instrument.MeterRegistry;

/** Residents who tick "I'd like to volunteer" become leads organizers can count, but not contact until they sign up. */
@OutreachTest
class LeadsTest {

    @Autowired MockMvc mvc;
    @Autowired Scenario scenario;
    @Autowired KafkaTestEvents events;
    @Autowired SupporterIds supporterIds;
    @Autowired LeadService leads;
    @Autowired MongoTemplate mongo;
    @Autowired MeterRegistry meters;

    @Test
    void aCommentDeliveredTwiceIsOneLeadWithoutAMemoryOfHandledEvents() {
        Team team = scenario.team();
        String supporterId = supporterIds.supporterId("twice" + Scenario.next() + "@example.org");
        String commentId = "com_" + Scenario.next();
        CommentSubmitted comment = new CommentSubmitted(commentId, "drv_1", team.campaignId(), supporterId,
                CommentSubmitted.Position.SUPPORT, "MECCA", "es", false, null, true, 1, Instant.now());
        String eventId = "evt-" + commentId;
        double handledBefore = handledComments();
        events.publish(comment, eventId);
        events.publish(comment, eventId);

        await().atMost(Duration.ofSeconds(30)).until(() -> handledComments() >= handledBefore + 2);
        Assertions.assertThat(leads.ofCampaign(team.campaignId(), "MECCA")).singleElement().satisfies(lead -> {
            Assertions.assertThat(lead.supporterId()).isEqualTo(supporterId);
            Assertions.assertThat(lead.sources()).containsExactly("COMMENT");
            Assertions.assertThat(lead.sourceIds()).containsExactly(commentId);
        });
        Assertions.assertThat(mongo.exists(Query.query(Criteria.where("consumer").is("outreach-comment-leads")),
                ProcessedEvents.COLLECTION)).as("no memory of handled comment events").isFalse();
    }

    private double handledComments() {
        var handled = meters.find("plaza.events.consumed").tag("consumer", "outreach-comment-leads")
                .tag("type", EventTypes.typeOf(CommentSubmitted.class)).tag("outcome", "handled").counter();
        return handled == null ? 0 : handled.count();
    }

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
