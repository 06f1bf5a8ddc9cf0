package org.plaza.comments.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plaza.comments.CommentsServiceTest;
import org.plaza.comments.Fixtures;
import org.plaza.events.comments.CommentModerated;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;

@CommentsServiceTest
class ModerationTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;
    @Autowired
    KafkaTestEvents events;

    @Test
    void theQueueShowsConfirmedCommentsWithTheirFlags() {
        String driveId = fixtures.drive(fixtures.body(1000), Duration.ofDays(2), false);
        String clean = confirmed(driveId, "Limpia", "Estoy en contra del aumento.");
        String personal = confirmed(driveId, "Datos", "Llamen al gerente al (760) 555-0199, es su culpa.");
        String abusive = confirmed(driveId, "Grosero", "Son unos idiotas.");
        fixtures.submit(driveId, comment("Pendiente", "No confirmado."), "es");

        JsonNode queue = fixtures.getJson("/api/staff/comments/drives/" + driveId + "/moderation", fixtures.admin());
        assertThat(queue).hasSize(3);
        assertThat(flagsOf(queue, clean)).isEmpty();
        assertThat(flagsOf(queue, personal)).containsExactly("PERSONAL_DATA");
        assertThat(flagsOf(queue, abusive)).containsExactly("ABUSIVE");
        assertThat(fixtures.getJson("/api/staff/comments/drives/" + driveId + "/moderation?flag=PERSONAL_DATA",
                fixtures.admin())).singleElement().satisfies(item ->
                        assertThat(item.get("commentId").asString()).isEqualTo(personal));
    }

    @Test
    void approvesAndRejectsInBulkEachDecisionAnnouncedOnce() throws Exception {
        String driveId = fixtures.drive(fixtures.body(1000), Duration.ofDays(2), false);
        String clean = confirmed(driveId, "Uno", "A favor del plan de agua potable.");
        String abusive = confirmed(driveId, "Dos", "Fuck this board.");
        List<Map<String, Object>> decisions = List.of(
                Map.of("commentId", clean, "decision", "APPROVED"),
                Map.of("commentId", abusive, "decision", "REJECTED", "reason", "ABUSIVE", "note", "Insultos"));
        decide(driveId, decisions, fixtures.token("mod-1", Role.MODERATOR)).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].outcome").value(org.hamcrest.Matchers.contains("CHANGED", "CHANGED")));
        CommentModerated rejected = events.awaitEvent(CommentModerated.class, e -> e.commentId().equals(abusive),
                Duration.ofSeconds(30)).event();
        assertThat(rejected.decision()).isEqualTo(CommentModerated.Decision.REJECTED);
        assertThat(rejected.reasonCode()).isEqualTo("ABUSIVE");
        assertThat(rejected.staffId()).isEqualTo("mod-1");
        assertThat(rejected.automatic()).isFalse();

        decide(driveId, decisions, fixtures.token("mod-1", Role.MODERATOR))
                .andExpect(jsonPath("$[*].outcome").value(org.hamcrest.Matchers.contains("UNCHANGED", "UNCHANGED")));
        events.assertNoEvent(CommentModerated.class, e -> e.commentId().equals(clean) && !e.moderatedAt()
                .equals(events.awaitEvent(CommentModerated.class, x -> x.commentId().equals(clean),
                        Duration.ofSeconds(30)).event().moderatedAt()), Duration.ofSeconds(2));
        assertThat(fixtures.getJson("/api/staff/comments/drives/" + driveId + "/moderation?state=REJECTED",
                fixtures.admin())).singleElement().satisfies(item ->
                        assertThat(item.get("reason").asString()).isEqualTo("ABUSIVE"));
    }

    @Test
    void aRejectionNeedsAReasonSaidInTheModeratorsLanguage() throws Exception {
        String driveId = fixtures.drive(fixtures.body(1000), Duration.ofDays(2), false);
        String id = confirmed(driveId, "Tres", "Texto.");
        mvc.perform(post("/api/staff/comments/drives/" + driveId + "/moderation?lang=es")
                .header(HttpHeaders.AUTHORIZATION, fixtures.admin()).contentType(MediaType.APPLICATION_JSON)
                .content(fixtures.json().writeValueAsString(Map.of("decisions",
                        List.of(Map.of("commentId", id, "decision", "REJECTED"))))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("decisions[0].reason"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("Indica un motivo")));
    }

    @Test
    void onlyModeratorsAdminsAndTheCampaignsOrganizersModerate() throws Exception {
        String driveId = fixtures.drive(fixtures.body(1000), Duration.ofDays(2), false);
        String id = confirmed(driveId, "Cuatro", "Texto.");
        List<Map<String, Object>> approve = List.of(Map.of("commentId", id, "decision", "APPROVED"));
        decide(driveId, approve, fixtures.token("org-99", Role.ORGANIZER)).andExpect(status().isForbidden());
        decide(driveId, approve, fixtures.token("op-1", Role.OPERATOR)).andExpect(status().isForbidden());
        mvc.perform(get("/api/staff/comments/drives/" + driveId + "/moderation")).andExpect(status().isUnauthorized());
        decide(driveId, approve, fixtures.token("mod-2", Role.MODERATOR)).andExpect(status().isOk());
    }

    @Test
    void aDriveThatAutoApprovesStillHoldsFlaggedCommentsForAPerson() {
        String driveId = fixtures.drive(fixtures.body(1000), Duration.ofDays(2), true);
        String clean = confirmed(driveId, "Cinco", "Apoyo la propuesta.");
        String flagged = confirmed(driveId, "Seis", "Escríbanle a director@cvwd.example.org");
        CommentModerated automatic = events.awaitEvent(CommentModerated.class, e -> e.commentId().equals(clean),
                Duration.ofSeconds(30)).event();
        assertThat(automatic.automatic()).isTrue();
        assertThat(automatic.staffId()).isNull();
        JsonNode queue = fixtures.getJson("/api/staff/comments/drives/" + driveId + "/moderation", fixtures.admin());
        assertThat(queue).singleElement().satisfies(item -> assertThat(item.get("commentId").asString()).isEqualTo(flagged));
    }

    private ResultActions decide(String driveId, List<Map<String, Object>> decisions, String bearer) throws Exception {
        return mvc.perform(post("/api/staff/comments/drives/" + driveId + "/moderation")
                .header(HttpHeaders.AUTHORIZATION, bearer).contentType(MediaType.APPLICATION_JSON)
                .content(fixtures.json().writeValueAsString(Map.of("decisions", decisions))));
    }

    private String confirmed(String driveId, String name, String text) {
        return fixtures.submitAndConfirm(driveId, comment(name, text));
    }

    private static Map<String, Object> comment(String name, String text) {
        return Fixtures.comment(name, name.toLowerCase() + "." + System.nanoTime() + "@example.org", "MECCA", "OPPOSE",
                text);
    }

    private static List<String> flagsOf(JsonNode queue, String commentId) {
        for (JsonNode item : queue) {
            if (item.get("commentId").asString().equals(commentId)) {
                return item.get("flags").valueStream().map(JsonNode::asString).toList();
            }
        }
        throw new AssertionError("Not in the queue: " + commentId);
    }
}
