package org.plaza.comments.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plaza.comments.Fixtures.comment;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plaza.comments.CommentsServiceTest;
import org.plaza.comments.Fixtures;
import org.plaza.comments.comment.Comment;
import org.plaza.comments.comment.CommentStatus;
import org.plaza.comments.comment.Comments;
import org.plaza.comments.comment.Moderation;
import org.plaza.comments.config.CommentsSettings;
import org.plaza.comments.drive.CommentDrives;
import org.plaza.events.comments.CommentPacketCompiled;
import org.plaza.starter.retention.PersonalDataRetention;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;

/**
 * Commenters' names, emails and organizations are erased 180 days after their drive closed, by the injected
 * clock, and not a second earlier; counts and packet totals stay.
 */
@CommentsServiceTest
class AnonymizationTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    KafkaTestEvents events;
    @Autowired
    CommentDrives drives;
    @Autowired
    Comments comments;
    @Autowired
    PersonalDataRetention retention;
    @Autowired
    CommentsSettings settings;
    @Autowired
    MockMvc mvc;

    @Test
    void erasesPersonalDataOnlyOnceTheRetentionPeriodAfterClosingHasPassedKeepingCountsAndTotals() throws Exception {
        String driveId = fixtures.drive(fixtures.body(1000), Duration.ofDays(2), false);
        Map<String, Object> rosa = comment("Rosa Pérez", "rosa.retention@example.org", "MECCA", "OPPOSE",
                "No al aumento de la tarifa.");
        rosa.put("organization", "Comité de Vecinos de Mecca");
        String rosaId = fixtures.submitAndConfirm(driveId, rosa);
        String luisId = fixtures.submitAndConfirm(driveId, comment("Luis Soto", "luis.retention@example.org",
                "THERMAL", "SUPPORT", "Sí al plan de agua."));
        fixtures.approveAll(driveId);
        fixtures.postJson("/api/staff/comments/drives/" + driveId + "/close", fixtures.admin(), Map.of());
        events.awaitEvent(CommentPacketCompiled.class, e -> e.driveId().equals(driveId), Duration.ofSeconds(60));
        Instant due = drives.findById(driveId).orElseThrow().closedAt().plus(Duration.ofDays(180));
        assertThat(settings.anonymizeAfter()).isEqualTo(Duration.ofDays(180));

        retention.anonymizeDue(due.minusSeconds(1));
        Comment kept = comments.findById(rosaId).orElseThrow();
        assertThat(kept.email()).isEqualTo("rosa.retention@example.org");
        assertThat(kept.content().name()).isEqualTo("Rosa Pérez");
        assertThat(kept.anonymizedAt()).isNull();

        assertThat(retention.anonymizeDue(due)).isGreaterThanOrEqualTo(2);
        for (String id : new String[] { rosaId, luisId }) {
            Comment erased = comments.findById(id).orElseThrow();
            assertThat(erased.email()).isNull();
            assertThat(erased.content().name()).isNull();
            assertThat(erased.content().organization()).isNull();
            assertThat(erased.anonymizedAt()).isEqualTo(due);
            assertThat(erased.status()).isEqualTo(CommentStatus.CONFIRMED);
            assertThat(erased.moderation()).isEqualTo(Moderation.APPROVED);
            assertThat(erased.supporterId()).startsWith("sup_");
        }
        Comment rosaNow = comments.findById(rosaId).orElseThrow();
        assertThat(rosaNow.content().community()).isEqualTo("MECCA");
        assertThat(rosaNow.content().text()).isEqualTo("No al aumento de la tarifa.");
        assertThat(comments.findAll().stream().filter(c -> c.driveId().equals(driveId))
                .filter(c -> c.status() == CommentStatus.CONFIRMED)).hasSize(2);
        assertThat(drives.findById(driveId).orElseThrow().personalDataErasedAt()).isEqualTo(due);

        JsonNode packet = fixtures.getJson("/api/staff/comments/drives/" + driveId + "/packets", fixtures.admin())
                .get(0);
        assertThat(packet.get("commentCount").asInt()).isEqualTo(2);
        assertThat(packet.get("byPosition").get("OPPOSE").asInt()).isEqualTo(1);
        mvc.perform(get("/api/staff/comments/packets/" + packet.get("packetId").asString() + "/pdf")
                .header(HttpHeaders.AUTHORIZATION, fixtures.admin())).andExpect(status().isGone());

        retention.anonymizeDue(due.plus(Duration.ofDays(1)));
        assertThat(comments.findById(rosaId).orElseThrow().anonymizedAt()).as("not anonymized twice").isEqualTo(due);
    }
}
