package org.plaza.comments.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plaza.comments.CommentsServiceTest;
import org.plaza.comments.Fixtures;
import org.plaza.events.campaigns.CampaignTeamChanged;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.events.Position;
import org.plaza.testsupport.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A public body is shared by every campaign's drives but owned by the organizer who added it: only they and
 * administrators change it, each change is recorded, and a drive's packets go to the clerk copied when it opened.
 */
@CommentsServiceTest
class PublicBodyOwnershipTest {

    private static final String CLERK = "clerk@cvwd.example.org";
    private static final String ATTACKER = "inbox@attacker.example.net";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    KafkaTestEvents events;
    @Autowired
    MongoTemplate mongo;

    @Test
    void anOrganizerOfAnotherTeamCannotRedirectAnotherCampaignsClerkPacket() throws Exception {
        String suffix = Long.toString(System.nanoTime());
        String owner = team("cmp_body_x_" + suffix, "org-body-x-" + suffix);
        String outsider = team("cmp_body_y_" + suffix, "org-body-y-" + suffix);
        String bodyId = body(fixtures.token(owner, Role.ORGANIZER), CLERK);
        String driveId = drive("cmp_body_x_" + suffix, bodyId, fixtures.token(owner, Role.ORGANIZER));
        String outsiderToken = fixtures.token(outsider, Role.ORGANIZER);

        mvc.perform(put("/api/staff/comments/bodies/" + bodyId + "?lang=es").header(HttpHeaders.AUTHORIZATION, outsiderToken)
                .contentType(MediaType.APPLICATION_JSON).content(fixtures.json().writeValueAsString(bodyRequest(ATTACKER))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://plaza.example/problems/public-body-forbidden"))
                .andExpect(jsonPath("$.title").value("No es tu organismo público"));
        mvc.perform(post("/staff/comments/bodies/" + bodyId).header(HttpHeaders.AUTHORIZATION, outsiderToken)
                .with(Fixtures.CSRF)
                .params(form(ATTACKER))).andExpect(status().isForbidden());
        mvc.perform(get("/staff/comments/bodies/" + bodyId + "/edit").header(HttpHeaders.AUTHORIZATION, outsiderToken))
                .andExpect(status().isForbidden());

        assertThat(stored(bodyId).clerkEmail()).isEqualTo(CLERK);
        assertThat(stored(bodyId).changes()).hasSize(1);
        assertThat(closeAndAwaitPacket(driveId).recipientEmail()).isEqualTo(CLERK);
    }

    @Test
    void thePacketGoesToTheClerkAddressCopiedWhenTheDriveOpened() throws Exception {
        String suffix = Long.toString(System.nanoTime());
        String owner = team("cmp_body_copy_" + suffix, "org-body-copy-" + suffix);
        String ownerToken = fixtures.token(owner, Role.ORGANIZER);
        String bodyId = body(ownerToken, CLERK);
        String driveId = drive("cmp_body_copy_" + suffix, bodyId, ownerToken);

        fixtures.putJson("/api/staff/comments/bodies/" + bodyId, ownerToken, bodyRequest("new.clerk@cvwd.example.org"));

        assertThat(stored(bodyId).clerkEmail()).isEqualTo("new.clerk@cvwd.example.org");
        assertThat(closeAndAwaitPacket(driveId).recipientEmail()).isEqualTo(CLERK);
        String laterDrive = drive("cmp_body_copy_" + suffix, bodyId, ownerToken);
        assertThat(closeAndAwaitPacket(laterDrive).recipientEmail()).isEqualTo("new.clerk@cvwd.example.org");
    }

    @Test
    void everyChangeOfABodyIsRecordedWithItsAuthorAndShownToAdministrators() throws Exception {
        String suffix = Long.toString(System.nanoTime());
        String owner = team("cmp_body_audit_" + suffix, "org-body-audit-" + suffix);
        String ownerToken = fixtures.token(owner, Role.ORGANIZER);
        String bodyId = body(ownerToken, CLERK);

        fixtures.putJson("/api/staff/comments/bodies/" + bodyId, ownerToken, bodyRequest("second@cvwd.example.org"));
        fixtures.putJson("/api/staff/comments/bodies/" + bodyId, fixtures.admin(), bodyRequest("third@cvwd.example.org"));

        assertThat(stored(bodyId).changes()).extracting(BodyChange::staffId, BodyChange::clerkEmailBefore,
                BodyChange::clerkEmailAfter).containsExactly(
                        tuple(owner, null, CLERK),
                        tuple(owner, CLERK, "second@cvwd.example.org"),
                        tuple("admin-1", "second@cvwd.example.org", "third@cvwd.example.org"));
        String adminPage = page("/staff/comments/bodies/" + bodyId + "/edit?lang=en", fixtures.admin());
        assertThat(adminPage).contains("Changes", "second@cvwd.example.org → third@cvwd.example.org", "admin-1",
                CLERK + " → second@cvwd.example.org", owner);
        assertThat(page("/staff/comments/bodies/" + bodyId + "/edit?lang=en", ownerToken)).doesNotContain("Changes");
    }

    @Test
    void otherOrganizersSeeTheBodyAndOpenDrivesBeforeItButAreNotOfferedToEditIt() throws Exception {
        String suffix = Long.toString(System.nanoTime());
        String owner = team("cmp_body_use_" + suffix, "org-body-use-" + suffix);
        String user = team("cmp_body_user_" + suffix, "org-body-user-" + suffix);
        String bodyId = body(fixtures.token(owner, Role.ORGANIZER), CLERK);

        String driveId = drive("cmp_body_user_" + suffix, bodyId, fixtures.token(user, Role.ORGANIZER));

        assertThat(driveId).isNotBlank();
        assertThat(page("/staff/comments/bodies", fixtures.token(user, Role.ORGANIZER))).contains("Imperial Irrigation District Board")
                .doesNotContain("/staff/comments/bodies/" + bodyId + "/edit");
        assertThat(page("/staff/comments/bodies", fixtures.token(owner, Role.ORGANIZER)))
                .contains("/staff/comments/bodies/" + bodyId + "/edit");
    }

    /** A confirmed, approved comment makes the closing deliver a packet; the clerk it goes to is the answer. */
    private NotificationRequested closeAndAwaitPacket(String driveId) {
        fixtures.submitAndConfirm(driveId, Fixtures.comment("Rosa Martínez", "rosa." + System.nanoTime() + "@example.org",
                "MECCA", "OPPOSE", "No al aumento de las tarifas del agua."));
        fixtures.approveAll(driveId);
        Position before = events.positionOf(NotificationRequested.class);
        fixtures.postJson("/api/staff/comments/drives/" + driveId + "/close", fixtures.admin(), Map.of());
        return events.awaitEvent(before, NotificationRequested.class,
                request -> "comments.packet-delivery".equals(request.templateKey()) && request.relatedIds().contains(driveId),
                Duration.ofSeconds(60)).event();
    }

    private String page(String path, String bearer) throws Exception {
        return mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, bearer)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private PublicBody stored(String bodyId) {
        return mongo.findById(bodyId, PublicBody.class);
    }

    private String body(String bearer, String clerkEmail) {
        return fixtures.postJson("/api/staff/comments/bodies", bearer, bodyRequest(clerkEmail)).get("id").asString();
    }

    private String drive(String campaignId, String bodyId, String bearer) {
        Map<String, Object> drive = fixtures.driveRequest(bodyId, Duration.ofDays(3), true);
        drive.put("campaignId", campaignId);
        return fixtures.postJson("/api/staff/comments/drives", bearer, drive).get("id").asString();
    }

    private static Map<String, Object> bodyRequest(String clerkEmail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Imperial Irrigation District Board");
        body.put("kind", "WATER_DISTRICT_BOARD");
        body.put("clerkEmail", clerkEmail);
        body.put("clerkLanguage", "en");
        body.put("timeZone", "America/Los_Angeles");
        body.put("meetingLanguage", "en");
        body.put("deadlineHoursBeforeMeeting", 24);
        body.put("commentLengthLimit", 2000);
        return body;
    }

    private static MultiValueMap<String, String> form(String clerkEmail) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        bodyRequest(clerkEmail).forEach((field, value) -> form.add(field, String.valueOf(value)));
        return form;
    }

    /** Announces a campaign whose team is one organizer, as the campaigns service does, and waits until it is kept. */
    private String team(String campaignId, String organizer) {
        events.publish(new CampaignTeamChanged(campaignId, List.of(organizer), List.of(organizer), List.of(), "admin-1",
                Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.exists(Query.query(Criteria.where("_id").is(campaignId)),
                "campaign_teams"));
        return organizer;
    }
}
