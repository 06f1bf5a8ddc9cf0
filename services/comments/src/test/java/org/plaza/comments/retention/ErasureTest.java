package org.plaza.comments.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.plaza.comments.Fixtures.comment;

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
import org.plaza.events.EventTypes;
import org.plaza.events.comments.CommentPacketCompiled;
import org.plaza.events.supporters.SupporterErased;
import org.plaza.starter.retention.PersonalDataRetention;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.privacy.PersonalDataScan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;

/**
 * A supporter's erasure ({@code SupporterErased} on plaza.supporters) leaves nothing of them here, not even in the
 * stored packet files, while the drive's counts and the packets' totals stay.
 */
@CommentsServiceTest
class ErasureTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    KafkaTestEvents events;
    @Autowired
    Comments comments;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MeterRegistry meters;

    @Test
    void anErasedCommentersNameEmailOrganizationAndWordsAreGoneFromEveryCollectionWhileTotalsStay() {
        String driveId = fixtures.drive(fixtures.body(1000), Duration.ofDays(2), false);
        String local = "erin" + System.nanoTime();
        String email = local + "@example.org";
        String name = "Erin Borrada " + local;
        String organization = "Comité " + local;
        String text = "El agua de " + local + " no alcanza.";
        Map<String, Object> erin = comment(name, email, "MECCA", "OPPOSE", text);
        erin.put("organization", organization);
        String erinId = fixtures.submitAndConfirm(driveId, erin);
        fixtures.submitAndConfirm(driveId, comment("Luis Soto", "luis.soto." + System.nanoTime() + "@example.org",
                "THERMAL", "SUPPORT", "Sí al plan de agua."));
        fixtures.putJson("/api/staff/comments/comments/" + erinId + "/translation", fixtures.admin(),
                Map.of("text", "The water of " + local + " is not enough."));
        fixtures.approveAll(driveId);
        fixtures.postJson("/api/staff/comments/drives/" + driveId + "/close", fixtures.admin(), Map.of());
        events.awaitEvent(CommentPacketCompiled.class, e -> e.driveId().equals(driveId), Duration.ofSeconds(60));
        assertThat(PersonalDataScan.findings(mongo, name)).as("the packet CSV prints the name").isNotEmpty();
        String supporterId = comments.findById(erinId).orElseThrow().supporterId();

        SupporterErased erased = new SupporterErased("era-" + local, supporterId, Instant.now());
        String ceId = "ce-" + System.nanoTime();
        double duplicatesBefore = duplicates();
        events.publish(erased, ceId);
        events.publish(erased, ceId);

        await().atMost(Duration.ofSeconds(30)).until(() -> duplicates() > duplicatesBefore);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> PersonalDataScan.assertNoTraceOf(mongo, email, name, local, organization, text));
        Comment kept = comments.findById(erinId).orElseThrow();
        assertThat(kept.status()).isEqualTo(CommentStatus.CONFIRMED);
        assertThat(kept.moderation()).isEqualTo(Moderation.APPROVED);
        assertThat(kept.content().community()).isEqualTo("MECCA");
        assertThat(kept.content().position().name()).isEqualTo("OPPOSE");
        assertThat(comments.findAll().stream().filter(c -> c.driveId().equals(driveId))
                .filter(c -> c.status() == CommentStatus.CONFIRMED)).hasSize(2);
        JsonNode packet = fixtures.getJson("/api/staff/comments/drives/" + driveId + "/packets", fixtures.admin()).get(0);
        assertThat(packet.get("commentCount").asInt()).isEqualTo(2);
        assertThat(packet.get("byPosition").get("OPPOSE").asInt()).isEqualTo(1);
    }

    private double duplicates() {
        var counter = meters.find("plaza.events.consumed").tag("consumer", PersonalDataRetention.CONSUMER)
                .tag("type", EventTypes.typeOf(SupporterErased.class)).tag("outcome", "duplicate").counter();
        return counter == null ? 0 : counter.count();
    }
}
