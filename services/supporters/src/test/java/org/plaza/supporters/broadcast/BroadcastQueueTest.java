package org.plaza.supporters.broadcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

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
                queued.queuedAt(), 0L, Map.of(), Map.of("es", 15L, "en", 15L), Map.of()));
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
                .set("queuedByLanguage", first.queuedByLanguage()).unset("skippedByLanguage")
                .set("audienceByLanguage", first.audienceByLanguage()), Broadcast.class);
        clock.advance(Duration.ofMinutes(3));
        assertThat(queue.queueIfDue(broadcast.id())).isTrue();

        assertQueuedExactlyOnce(broadcast.id(), 1500, 0);
        assertAnnouncedOnce(broadcast.id(), Map.of("es", 750L, "en", 750L), Map.of());
    }

    @Test
    void aBroadcastByEmailAndTextTextsOnlyThoseWhoAgreedByTextAndGaveAMobileAndAnnouncesTextsApart() {
        String campaign = Ids.random("cmp");
        String p = "sup_" + campaign + "-";
        for (Recipient recipient : List.of(
                new Recipient(p + "a", p + "a@example.org", "Ana", "es", true, "+17605550101", true),
                new Recipient(p + "b", null, "Ben", "en", false, "+17605550102", true),
                new Recipient(p + "c", p + "c@example.org", "Cruz", "es", true),
                new Recipient(p + "d", null, "Dora", "es", false, "+17605550104", true),
                new Recipient(p + "e", null, "Eva", "es", false, null, true))) {
            audience.add(campaign, recipient, null, "OASIS");
        }
        audience.withdrawConsent(p + "d", "SMS", "CAMPAIGN_UPDATES", "uns_alto", null, clock.instant());
        Instant now = clock.instant();
        Broadcast broadcast = Broadcast.draft(Ids.next("brd", now), campaign, new Message("Hola", "Texto"),
                new Message("Hello", "Text"), BroadcastChannel.EMAIL_AND_SMS,
                new ShortText("La junta se reúne el martes", "The board meets Tuesday"), AudienceFilter.everyone(),
                "org-ana", now);
        broadcast.requestSend(null, 5, 500, "org-ana", now);
        broadcasts.save(broadcast);

        assertThat(queue.queueIfDue(broadcast.id())).isTrue();

        List<NotificationRequested> requests = events.awaitEvents(NotificationRequested.class,
                r -> r.requestId().startsWith(broadcast.id() + ":"), 4, Duration.ofSeconds(60)).stream()
                .map(e -> e.event()).toList();
        assertThat(requests).filteredOn(r -> NotificationRequested.SMS.equals(r.channel()))
                .extracting(NotificationRequested::requestId, NotificationRequested::recipientPhone,
                        NotificationRequested::locale, r -> r.templateParameters().get("body"))
                .containsExactlyInAnyOrder(
                        tuple(broadcast.id() + ":" + p + "a:sms", "+17605550101", "es",
                                "La junta se reúne el martes"),
                        tuple(broadcast.id() + ":" + p + "b:sms", "+17605550102", "en",
                                "The board meets Tuesday"));
        assertThat(requests).filteredOn(r -> r.channel() == null || "EMAIL".equals(r.channel()))
                .extracting(NotificationRequested::supporterId).containsExactlyInAnyOrder(p + "a", p + "c");
        assertThat(requests).extracting(NotificationRequested::supporterId).doesNotContain(p + "d", p + "e");

        BroadcastQueued queued = events.awaitEvent(BroadcastQueued.class, e -> e.broadcastId().equals(broadcast.id()),
                Duration.ofSeconds(60)).event();
        assertThat(queued.channel()).isEqualTo("EMAIL_AND_SMS");
        assertThat(List.of(queued.audience(), queued.queued(), queued.textsQueued(), queued.skipped()))
                .containsExactly(5L, 2L, 2L, 2L);
        assertThat(queued.textsQueuedByLanguage()).isEqualTo(Map.of("es", 1L, "en", 1L));
        assertThat(queued.audienceByLanguage()).isEqualTo(Map.of("es", 4L, "en", 1L));
        assertThat(queued.textSegmentsByLanguage()).containsOnlyKeys("es", "en").allSatisfy((language, n) ->
                assertThat(n).isPositive());
        ReceivedEvent<byte[]> onTheWire = events.awaitRecords("plaza.supporters", r -> broadcast.id().equals(r.key()),
                1, Duration.ofSeconds(30)).get(0);
        assertThat(EventSchemas.violations(onTheWire)).isEmpty();
        assertThat(new String(onTheWire.event(), StandardCharsets.UTF_8)).doesNotContain("+1760", "sup_");
        assertThat(broadcasts.findById(broadcast.id()).orElseThrow().textsQueued()).isEqualTo(2);
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
        assertThat(announced.audience()).as("every supporter once, queued or skipped")
                .isEqualTo(queued.values().stream().mapToLong(Long::longValue).sum()
                        + skipped.values().stream().mapToLong(Long::longValue).sum());
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
