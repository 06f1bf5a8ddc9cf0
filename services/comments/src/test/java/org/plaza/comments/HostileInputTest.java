package org.plaza.comments;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.bson.Document;
import org.plaza.events.campaigns.CampaignTeamChanged;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.hostile.CapabilityLink;
import org.plaza.testsupport.hostile.EmailForm;
import org.plaza.testsupport.hostile.HostileInput;
import org.plaza.testsupport.hostile.HostileInputWalk;
import org.plaza.testsupport.hostile.Outsider;
import org.plaza.testsupport.hostile.PermanentLink;
import org.plaza.testsupport.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
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
     * Campaign X with a closed drive, an approved comment in a group and the delivered packet, the public body its
     * organizer added (shared: other teams open drives before it but may not change it), and an organizer on
     * campaign Y's team.
     */
    @Override
    public Outsider organizerOfAnotherTeam() {
        String campaignX = "cmp_hostile_x_" + System.nanoTime();
        String outsider = "org-hostile-y-" + System.nanoTime();
        team(campaignX, "org-hostile-x");
        Map<String, Object> bodyOfX = new LinkedHashMap<>(Map.of("name", "Hostile Walk Water Board",
                "kind", "WATER_DISTRICT_BOARD", "clerkEmail", "clerk.x@example.org", "clerkLanguage", "en",
                "timeZone", "America/Los_Angeles", "meetingLanguage", "en", "deadlineHoursBeforeMeeting", 24,
                "commentLengthLimit", 2000));
        String bodyId = fixtures.postJson("/api/staff/comments/bodies",
                fixtures.token("org-hostile-x", Role.ORGANIZER), bodyOfX).get("id").asString();
        team("cmp_hostile_y_" + System.nanoTime(), outsider);
        Map<String, Object> drive = fixtures.driveRequest(bodyId, Duration.ofDays(3), false);
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
                .sharing("id", bodyId)
                .withBody("PUT /api/staff/comments/bodies/{id}", fixtures.json().writeValueAsString(Map.of(
                        "name", "Hostile Walk Water Board", "kind", "WATER_DISTRICT_BOARD",
                        "clerkEmail", "inbox@attacker.example.net", "clerkLanguage", "en",
                        "timeZone", "America/Los_Angeles", "meetingLanguage", "en", "deadlineHoursBeforeMeeting", 24,
                        "commentLengthLimit", 2000)))
                .withBody("POST /api/staff/comments/drives", fixtures.json().writeValueAsString(driveInX))
                .withBody("POST /api/staff/comments/drives/{driveId}/groups/merge",
                        "{\"groupKeys\":[\"" + groupKey + "\",\"" + commentId + "\"]}")
                .withBody("POST /api/staff/comments/drives/{driveId}/groups/regroup", "{\"similarityThreshold\":0.8}")
                .watching(Outsider.documents(mongo, "drives", "campaignId", campaignX))
                .watching(Outsider.documents(mongo, "comments", "campaignId", campaignX))
                .watching(Outsider.documents(mongo, "packets", "campaignId", campaignX))
                .watching(Outsider.documents(mongo, "public_bodies", "_id", bodyId));
    }

    /** Announces a campaign's team as the campaigns service does and waits until this service keeps it. */
    private void team(String campaignId, String organizer) {
        events.publish(new CampaignTeamChanged(campaignId, List.of(organizer), List.of(organizer), List.of(), "admin-1",
                Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.exists(Query.query(Criteria.where("_id").is(campaignId)),
                "campaign_teams"));
    }

    /**
     * A comment's personal link (the page and its forms, and the API's confirmation). A link is the comment's for
     * good: it neither expires nor is revoked, so the walk asks an unknown key.
     */
    @Override
    public List<CapabilityLink> capabilityLinks() {
        String driveId = fixtures.drive(fixtures.body(2000), Duration.ofDays(3), false);
        List<String> minted = new ArrayList<>();
        return List.of(new PersonalLink("/comments/c/{key}", driveId, minted, List.of(CapabilityLink.Visit.page(),
                CapabilityLink.Visit.post("/confirm", Map.of()), CapabilityLink.Visit.post("/withdraw", Map.of()),
                CapabilityLink.Visit.post("", Map.of("name", "Otra Persona", "email", "otra@example.org",
                        "community", "MECCA", "position", "SUPPORT", "comment", "Texto cambiado", "language", "es")))),
                new PersonalLink("/api/public/comments/links/{key}", driveId, minted,
                        List.of(CapabilityLink.Visit.post("/confirmation", Map.of()))));
    }

    /** The drive's form and the public API: an address that already commented and a new one get one answer. */
    @Override
    public List<EmailForm> emailForms() {
        String driveId = fixtures.drive(fixtures.body(2000), Duration.ofDays(3), false);
        return List.of(new CommentSubmission("POST /comments/drives/{driveId}", driveId, email -> {
            MockHttpServletRequestBuilder form = MockMvcRequestBuilders.post("/comments/drives/{driveId}", driveId);
            comment(email).forEach((name, value) -> form.param(name, value.toString()));
            return form;
        }), new CommentSubmission("POST /api/public/comments/drives/{driveId}/comments", driveId,
                email -> MockMvcRequestBuilders.post("/api/public/comments/drives/{driveId}/comments", driveId)
                        .contentType(MediaType.APPLICATION_JSON).content(fixtures.json().writeValueAsString(comment(email)))));
    }

    private static Map<String, Object> comment(String email) {
        return Fixtures.comment("Residente Sondeo", email, "MECCA", "SUPPORT", "Apoyo el proyecto del parque.");
    }

    /** Comments of these ids, without pending events (the outbox relay empties them at any moment). */
    private Callable<List<Document>> comments(List<String> ids) {
        Query query = Query.query(Criteria.where("_id").in(ids)).with(Sort.by("_id"));
        return () -> mongo.find(query, Document.class, "comments").stream().peek(d -> d.remove("_outbox")).toList();
    }

    private final class PersonalLink implements PermanentLink {

        private final String template;
        private final String driveId;
        private final List<String> minted;
        private final List<Visit> visits;

        PersonalLink(String template, String driveId, List<String> minted, List<Visit> visits) {
            this.template = template;
            this.driveId = driveId;
            this.minted = minted;
            this.visits = visits;
        }

        @Override
        public String template() {
            return template;
        }

        /** A resident's confirmed comment and the link its confirmation email carried. */
        @Override
        public Minted mint() {
            long n = System.nanoTime();
            String name = "Residente Enlace " + n;
            String email = "enlace-" + n + "@example.org";
            String text = "Comentario privado número " + n;
            String commentId = fixtures.submitAndConfirm(driveId, Fixtures.comment(name, email, "MECCA", "OPPOSE", text));
            minted.add(commentId);
            return Minted.of(null, fixtures.linkToken(commentId), name, email, text);
        }

        @Override
        public List<Visit> visits() {
            return visits;
        }

        @Override
        public List<Callable<?>> watched() {
            return List.of(comments(minted));
        }
    }

    private final class CommentSubmission implements EmailForm {

        private final String name;
        private final String driveId;
        private final Submission submission;

        CommentSubmission(String name, String driveId, Submission submission) {
            this.name = name;
            this.driveId = driveId;
            this.submission = submission;
        }

        @Override
        public String name() {
            return name;
        }

        /** Commented and confirmed. */
        @Override
        public void actAs(String email) {
            fixtures.submitAndConfirm(driveId, comment(email));
        }

        @Override
        public MockHttpServletRequestBuilder submit(String email) throws Exception {
            return submission.submit(email);
        }
    }

    private interface Submission {
        MockHttpServletRequestBuilder submit(String email) throws Exception;
    }
}
