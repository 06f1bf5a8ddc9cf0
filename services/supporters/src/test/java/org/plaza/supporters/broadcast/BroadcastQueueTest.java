package org.plaza.supporters.broadcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.supporters.BroadcastQueued;
import org.plaza.starter.id.Ids;
import org.plaza.supporters.testing.StoredAudience;
import org.plaza.supporters.testing.SupportersTest;
import org.plaza.testsupport.events.EventSchemas;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.events.ReceivedEvent;
import org.plaza.testsupport.time.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Queuing a broadcast on the real stack: one request per consenting recipient in their language, the others counted as
 * skipped, exactly once across a crash mid-queue (also when the crash lost a cursor move), and a scheduled broadcast
 * fired once at its time.
 */
@SupportersTest
class BroadcastQueueTest {

    @Autowired
    BroadcastQueue queue;

    @Autowired
    Broadcasts broadcasts;

    @Autowired
    StoredAudience audience;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MovableClock clock;

    @Autowired
    KafkaTestEvents events;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void eachConsentingRecipientIsQueuedOnceInTheirLanguageAndTheOthersAreCountedAsSkipped() {
        String campaign = Ids.random("cmp");
        audience.add(campaign, campaign + "-", 30, 3, null, "MECCA");
        Broadcast broadcast = scheduled(campaign, null);

        assertThat(queue.queueIfDue(broadcast.id())).isTrue();

        Broadcast sent = broadcasts.findById(broadcast.id()).orElseThrow();
        assertThat(sent.status()).isEqualTo(BroadcastStatus.SENT);
        assertThat(sent.queued()).isEqualTo(20);
        assertThat(sent.skipped()).isEqualTo(10);
        List<NotificationRequested> requests = events.awaitEvents(NotificationRequested.class,
                r -> r.requestId().startsWith(broadcast.id() + ":"), 20, Duration.ofSeconds(60)).stream()
                .map(e -> e.event()).toList();
        String english = "sup_" + campaign + "-0000001";
        String withoutConsent = "sup_" + campaign + "-0000003";
        assertThat(requests).filteredOn(r -> r.supporterId().equals(english)).singleElement()
                .satisfies(r -> {
                    assertThat(r.locale()).isEqualTo("en");
                    assertThat(r.templateParameters()).containsEntry("subject", "Hello");
                    assertThat(r.requestId()).isEqualTo(broadcast.id() + ":" + english);
                });
        assertThat(requests).extracting(NotificationRequested::supporterId).doesNotContain(withoutConsent)
                .doesNotHaveDuplicates();
    }

    @Test
    void theEndOfTheQueueAnnouncesTheBroadcastWithItsCountsPerLanguageAndNoContactDetails() {
        String campaign = Ids.random("cmp");
        audience.add(campaign, campaign + "-", 30, 3, null, "MECCA");
        Broadcast broadcast = scheduled(campaign, null);

        queue.queueIfDue(broadcast.id());

        BroadcastQueued queued = events.awaitEvent(BroadcastQueued.class, e -> e.broadcastId().equals(broadcast.id()),
                Duration.ofSeconds(60)).event();
        assertThat(queued).isEqualTo(new BroadcastQueued(broadcast.id(), campaign, "EMAIL", 30, 20, 10,
                Map.of("es", 10L, "en", 10L), Map.of("es", 5L, "en", 5L), "Hola", "Hello", queued.sendAt(),
                queued.queuedAt()));
        assertThat(queued.sendAt()).isEqualTo(broadcasts.findById(broadcast.id()).orElseThrow().sendAt());
        ReceivedEvent<byte[]> onTheWire = events.awaitRecords("plaza.supporters", r -> broadcast.id().equals(r.key()),
                1, Duration.ofSeconds(30)).get(0);
        assertThat(EventSchemas.violations(onTheWire)).isEmpty();
        assertThat(new String(onTheWire.event(), StandardCharsets.UTF_8)).doesNotContain("@example.org", "sup_");
    }

    @Test
    void aQueueStoppedHalfwayResumesAfterTheLeaseWithoutQueuingAnyoneTwice() {
        String campaign = Ids.random("cmp");
        audience.add(campaign, campaign + "-", 1000, 4, null, "OASIS");
        Broadcast broadcast = scheduled(campaign, null);

        audience.failNextStreamAfter(640);
        assertThatThrownBy(() -> queue.queueIfDue(broadcast.id())).hasMessageContaining("stopped here");
        assertThat(broadcasts.findById(broadcast.id()).orElseThrow().status()).isEqualTo(BroadcastStatus.SENDING);
        assertThat(queue.queueIfDue(broadcast.id())).as("still leased to the stopped run").isFalse();

        clock.advance(Duration.ofMinutes(3));
        assertThat(queue.queueIfDue(broadcast.id())).isTrue();

        assertQueuedExactlyOnce(broadcast.id(), 750, 250);
        assertAnnouncedOnce(broadcast.id(), Map.of("es", 250L, "en", 500L), Map.of("es", 250L));
    }

    @Test
    void aBatchWrittenJustBeforeACrashThatLostItsCursorMoveIsNotWrittenAgain() {
        String campaign = Ids.random("cmp");
        audience.add(campaign, campaign + "-", 1500, 0, null, "THERMAL");
        Broadcast broadcast = scheduled(campaign, null);
        audience.failNextStreamAfter(1100);
        assertThatThrownBy(() -> queue.queueIfDue(broadcast.id())).hasMessageContaining("stopped here");

        assertThat(mongo.findById(RecipientBatch.id(broadcast.id(), 1), RecipientBatch.class)).as("second batch").isNotNull();
        RecipientBatch first = mongo.findById(RecipientBatch.id(broadcast.id(), 0), RecipientBatch.class);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(broadcast.id())), new Update().set("nextBatch", 1)
                .set("cursor", first.last()).set("queued", first.queued().size()).set("skipped", 0)
                .set("queuedByLanguage", first.queuedByLanguage()).unset("skippedByLanguage"), Broadcast.class);
        clock.advance(Duration.ofMinutes(3));
        assertThat(queue.queueIfDue(broadcast.id())).isTrue();

        assertQueuedExactlyOnce(broadcast.id(), 1500, 0);
        assertAnnouncedOnce(broadcast.id(), Map.of("es", 750L, "en", 750L), Map.of());
    }

    @Test
    void aScheduledBroadcastFiresOnceAtItsTimeAndNotBefore() {
        String campaign = Ids.random("cmp");
        audience.add(campaign, campaign + "-", 5, 0, null, "INDIO");
        Broadcast broadcast = scheduled(campaign, clock.instant().plus(Duration.ofHours(1)));

        assertThat(queue.queueIfDue(broadcast.id())).isFalse();
        queue.queueDue();
        assertThat(broadcasts.findById(broadcast.id()).orElseThrow().status()).isEqualTo(BroadcastStatus.SCHEDULED);

        clock.advance(Duration.ofMinutes(61));
        assertThat(queue.queueDue()).isPositive();
        queue.queueDue();
        assertThat(queue.queueIfDue(broadcast.id())).isFalse();

        assertQueuedExactlyOnce(broadcast.id(), 5, 0);
    }

    private Broadcast scheduled(String campaign, Instant sendAt) {
        Instant now = clock.instant();
        Broadcast broadcast = Broadcast.draft(Ids.next("brd", now), campaign, new Message("Hola", "Texto"),
                new Message("Hello", "Text"), AudienceFilter.everyone(), "org-ana", now);
        broadcast.requestSend(sendAt, 10, 500, "org-ana", now);
        return broadcasts.save(broadcast);
    }

    /** One {@link BroadcastQueued} for the broadcast, whose counts per language add up to what was queued once. */
    private void assertAnnouncedOnce(String broadcastId, Map<String, Long> queued, Map<String, Long> skipped) {
        BroadcastQueued announced = events.awaitEvent(BroadcastQueued.class, e -> e.broadcastId().equals(broadcastId),
                Duration.ofSeconds(60)).event();
        assertThat(announced.queuedByLanguage()).isEqualTo(queued);
        assertThat(announced.skippedByLanguage()).isEqualTo(skipped);
        assertThat(events.eventsSoFar(BroadcastQueued.class, e -> e.broadcastId().equals(broadcastId))).hasSize(1);
    }

    /** Every batch record of the broadcast together: each supporter once, and the broadcast's counts agree. */
    private void assertQueuedExactlyOnce(String broadcastId, int queued, int skipped) {
        List<RecipientBatch> batches = mongo.find(Query.query(Criteria.where("broadcastId").is(broadcastId)),
                RecipientBatch.class);
        List<String> supporters = batches.stream().flatMap(b -> b.queued().stream()).toList();
        Set<String> distinct = new HashSet<>(supporters);
        assertThat(supporters).hasSize(queued).hasSameSizeAs(distinct);
        assertThat(batches.stream().mapToInt(RecipientBatch::skipped).sum()).isEqualTo(skipped);
        Broadcast broadcast = broadcasts.findById(broadcastId).orElseThrow();
        assertThat(broadcast.status()).isEqualTo(BroadcastStatus.SENT);
        assertThat(broadcast.queued()).isEqualTo(queued);
        assertThat(broadcast.skipped()).isEqualTo(skipped);
    }
}
