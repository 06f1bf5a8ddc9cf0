package org.plaza.comments;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.plaza.events.campaigns.CampaignTeamChanged;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.hostile.HostileInput;
import org.plaza.testsupport.hostile.HostileInputWalk;
import org.plaza.testsupport.hostile.Outsider;
import org.plaza.testsupport.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;

/**
 * Every endpoint of the service, as an ADMIN, answers hostile input with a clean 4xx and stores no operators;
 * every staff operation on campaign X's drive, comment, group and packet is refused to an organizer of another
 * campaign's team.
 */
@CommentsServiceTest
class HostileInputTest implements HostileInputWalk {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    Fixtures fixtures;
    @Autowired
    KafkaTestEvents events;

    @Override
    public RequestPostProcessor admin() {
        return jwt().jwt(token -> token.subject("admin-1")).authorities(new SimpleGrantedAuthority("ROLE_ADMIN"));
    }

    /**
     * Campaign X with a closed drive, an approved comment in a group and the delivered packet, and an organizer
     * on campaign Y's team. Public bodies belong to no campaign, so any organizer may keep them.
     */
    @Override
    public Outsider organizerOfAnotherTeam() {
        String campaignX = "cmp_hostile_x_" + System.nanoTime();
        String outsider = "org-hostile-y-" + System.nanoTime();
        team(campaignX, "org-hostile-x");
        team("cmp_hostile_y_" + System.nanoTime(), outsider);
        Map<String, Object> drive = fixtures.driveRequest(fixtures.body(2000), Duration.ofDays(3), false);
        drive.put("campaignId", campaignX);
        String driveId = fixtures.postJson("/api/staff/comments/drives", fixtures.admin(), drive).get("id").asString();
        String commentId = fixtures.submitAndConfirm(driveId, Fixtures.comment("Rosa Martínez",
                "rosa.hostile@example.org", "MECCA", "OPPOSE", "No al aumento de las tarifas del agua."));
        fixtures.approveAll(driveId);
        fixtures.postJson("/api/staff/comments/drives/" + driveId + "/close", fixtures.admin(), Map.of());
        events.awaitEvent(NotificationRequested.class, request -> "comments.packet-delivery".equals(request.templateKey())
                && request.relatedIds().contains(driveId), Duration.ofSeconds(60));
        String packetId = fixtures.getJson("/api/staff/comments/drives/" + driveId + "/packets", fixtures.admin())
                .get(0).get("packetId").asString();
        JsonNode approved = fixtures.getJson("/api/staff/comments/drives/" + driveId + "/moderation?state=APPROVED",
                fixtures.admin());
        String groupKey = approved.get(0).get("groupKey").asString();
        Map<String, Object> driveInX = fixtures.driveRequest(fixtures.body(2000), Duration.ofDays(3), false);
        driveInX.put("campaignId", campaignX);

        return new Outsider(HostileInput.authorization(fixtures.token(outsider, Role.ORGANIZER)),
                Map.of("campaignId", campaignX, "driveId", driveId, "commentId", commentId, "groupKey", groupKey,
                        "packetId", packetId))
                .excluding("PUT /api/staff/comments/bodies/{id}",
                        "public bodies are shared by every campaign; any organizer keeps the list")
                .withBody("POST /api/staff/comments/drives", fixtures.json().writeValueAsString(driveInX))
                .withBody("POST /api/staff/comments/drives/{driveId}/groups/merge",
                        "{\"groupKeys\":[\"" + groupKey + "\",\"" + commentId + "\"]}")
                .withBody("POST /api/staff/comments/drives/{driveId}/groups/regroup", "{\"similarityThreshold\":0.8}")
                .watching(Outsider.documents(mongo, "drives", "campaignId", campaignX))
                .watching(Outsider.documents(mongo, "comments", "campaignId", campaignX))
                .watching(Outsider.documents(mongo, "packets", "campaignId", campaignX));
    }

    /** Announces a campaign's team as the campaigns service does and waits until this service keeps it. */
    private void team(String campaignId, String organizer) {
        events.publish(new CampaignTeamChanged(campaignId, List.of(organizer), List.of(organizer), List.of(), "admin-1",
                Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.exists(Query.query(Criteria.where("_id").is(campaignId)),
                "campaign_teams"));
    }
}
