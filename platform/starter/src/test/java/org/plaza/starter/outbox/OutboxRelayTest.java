package org.plaza.starter.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;
import org.plaza.starter.jobs.JobRunner;
import org.plaza.starter.jobs.JobsAutoConfiguration;
import org.plaza.starter.messaging.CloudEvent;
import org.plaza.starter.messaging.EventPublisher;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The outbox against a real MongoDB wire server, with a recording publisher in place of Kafka so
 * that a broker failure can be switched on and off precisely.
 */
class OutboxRelayTest {

    private static MongoServer mongoServer;
    private static String uri;

    @BeforeAll
    static void startMongo() {
        mongoServer = new MongoServer(new MemoryBackend());
        uri = mongoServer.bindAndGetConnectionString().replaceAll("/?$", "/");
    }

    @AfterAll
    static void stopMongo() {
        mongoServer.shutdownNow();
    }

    private ApplicationContextRunner runner(String database, boolean relayEnabled) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class, DataMongoAutoConfiguration.class,
                        JacksonAutoConfiguration.class, OutboxAutoConfiguration.class, JobsAutoConfiguration.class))
                .withUserConfiguration(FakeKafka.class)
                .withPropertyValues("spring.mongodb.uri=" + uri + database + "?socketTimeoutMS=10000",
                        "plaza.outbox.enabled=" + relayEnabled, "plaza.outbox.workers=2", "plaza.outbox.batch-size=50",
                        "plaza.outbox.sweep-interval=300ms", "plaza.outbox.sweep-min-age=0s",
                        "plaza.outbox.max-backoff=200ms", "plaza.outbox.source=/plaza/test");
    }

    @Test
    void savingAnAggregateStoresItsEventsInTheSameDocument() {
        runner("store", false).run(context -> {
            MongoTemplate mongo = context.getBean(MongoTemplate.class);
            Ticket ticket = Ticket.open("t-1");
            mongo.save(ticket);

            Document raw = mongo.getCollection("tickets").find(new Document("_id", "t-1")).first();
            List<Document> outbox = raw.getList(OutboxAggregate.OUTBOX_FIELD, Document.class);
            assertThat(outbox).singleElement().satisfies(event -> {
                assertThat(event.getString("type")).isEqualTo("plaza.probe.ticket-changed.v1");
                assertThat(event.getString("subject")).isEqualTo("t-1");
                assertThat(event.getString("payload")).contains("\"ticketId\":\"t-1\"").contains("\"step\":1");
            });
        });
    }

    @Test
    void publishesEachAggregatesEventsInOrderAndRemovesThemOnceAcknowledged() {
        runner("order", true).run(context -> {
            MongoTemplate mongo = context.getBean(MongoTemplate.class);
            FakeKafka kafka = context.getBean(FakeKafka.class);
            for (int i = 0; i < 20; i++) {
                Ticket ticket = Ticket.open("t-" + i);
                ticket.advance();
                ticket.advance();
                mongo.save(ticket);
            }

            await().atMost(Duration.ofSeconds(20)).until(() -> kafka.sent.size() == 60);
            for (int i = 0; i < 20; i++) {
                String subject = "t-" + i;
                assertThat(kafka.sent.stream().filter(e -> e.subject().equals(subject)).map(CloudEvent::data)
                        .map(String::new).map(OutboxRelayTest::step)).containsExactly(1, 2, 3);
            }
            assertThat(kafka.sent).allSatisfy(e -> {
                assertThat(e.source()).isEqualTo("/plaza/test");
                assertThat(e.type()).isEqualTo("plaza.probe.ticket-changed.v1");
                assertThat(e.time()).isNotNull();
            });
            assertThat(kafka.sent.stream().map(CloudEvent::id).distinct()).hasSize(60);
            await().atMost(Duration.ofSeconds(10)).until(() -> pendingDocuments(mongo) == 0);
        });
    }

    @Test
    void aTombstoneIsPublishedInOrderAfterTheAggregatesEventsWithoutAValueForItsKey() {
        runner("tombstone", true).run(context -> {
            MongoTemplate mongo = context.getBean(MongoTemplate.class);
            FakeKafka kafka = context.getBean(FakeKafka.class);
            Ticket ticket = Ticket.open("t-gone");
            ticket.forget();
            mongo.save(ticket);

            await().atMost(Duration.ofSeconds(20)).until(() -> kafka.sent.size() == 2);
            assertThat(kafka.sent.get(0).isTombstone()).isFalse();
            assertThat(kafka.sent.get(1)).satisfies(tombstone -> {
                assertThat(tombstone.isTombstone()).isTrue();
                assertThat(tombstone.subject()).isEqualTo("t-gone");
                assertThat(tombstone.type()).isEqualTo("plaza.probe.ticket-changed.v1");
                assertThat(tombstone.id()).isNotEqualTo(kafka.sent.get(0).id());
            });
            await().atMost(Duration.ofSeconds(10)).until(() -> pendingDocuments(mongo) == 0);
        });
    }

    @Test
    void keepsAcknowledgingWritesWhileKafkaIsDownAndPublishesTheBacklogOnceWhenItReturns() {
        runner("outage", true).run(context -> {
            MongoTemplate mongo = context.getBean(MongoTemplate.class);
            FakeKafka kafka = context.getBean(FakeKafka.class);
            OutboxRelay relay = context.getBean(OutboxRelay.class);
            kafka.down = true;

            for (int i = 0; i < 30; i++) {
                mongo.save(Ticket.open("down-" + i));
            }
            assertThat(mongo.getCollection("tickets").countDocuments()).isEqualTo(30);
            await().atMost(Duration.ofSeconds(10)).until(() -> kafka.refused.get() > 0);
            assertThat(relay.backlog()).isPositive();
            assertThat(kafka.sent).isEmpty();

            kafka.down = false;
            await().atMost(Duration.ofSeconds(30)).until(() -> relay.backlog() == 0 && pendingDocuments(mongo) == 0);
            assertThat(kafka.sent).hasSize(30);
            assertThat(kafka.sent.stream().map(CloudEvent::subject).distinct()).hasSize(30);
            assertThat(relay.oldestPendingAge()).isZero();
        });
    }

    @Test
    void aFailureInTheMiddleOfAnAggregatesEventsNeverReordersThem() {
        runner("midway", true).run(context -> {
            MongoTemplate mongo = context.getBean(MongoTemplate.class);
            FakeKafka kafka = context.getBean(FakeKafka.class);
            kafka.refuseOnce = e -> step(new String(e.data())) == 2;
            Ticket ticket = Ticket.open("mid");
            ticket.advance();
            ticket.advance();
            mongo.save(ticket);

            await().atMost(Duration.ofSeconds(20)).until(() -> kafka.sent.size() == 3);
            assertThat(kafka.sent.stream().map(e -> step(new String(e.data())))).containsExactly(1, 2, 3);
            assertThat(kafka.refused.get()).isEqualTo(1);
        });
    }

    @Test
    void marksAWholeBacklogSentWithAFewBulkWritesNotOneWritePerDocument() {
        runner("bulk", true).withUserConfiguration(TicketUpdates.class).run(context -> {
            MongoTemplate mongo = context.getBean(MongoTemplate.class);
            FakeKafka kafka = context.getBean(FakeKafka.class);
            TicketUpdates updates = context.getBean(TicketUpdates.class);
            kafka.down = true;
            for (int i = 0; i < 40; i++) {
                mongo.save(Ticket.open("b-" + i));
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> kafka.refused.get() > 0);
            updates.count.set(0);

            kafka.down = false;

            await().atMost(Duration.ofSeconds(20)).until(() -> kafka.sent.size() == 40 && pendingDocuments(mongo) == 0);
            assertThat(updates.count.get()).isBetween(1, 10);
        });
    }

    @Test
    void putsAWholeBatchOnTheWireBeforeWaitingForTheBrokersAcknowledgements() {
        runner("pipelined", true).run(context -> {
            MongoTemplate mongo = context.getBean(MongoTemplate.class);
            FakeKafka kafka = context.getBean(FakeKafka.class);
            kafka.down = true;
            for (int i = 0; i < 40; i++) {
                mongo.save(Ticket.open("p-" + i));
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> kafka.refused.get() > 0);

            kafka.holdAcknowledgements = true;
            kafka.down = false;

            await().atMost(Duration.ofSeconds(20)).until(() -> kafka.held.size() == 40);
            assertThat(pendingDocuments(mongo)).as("nothing is marked before the broker answers").isEqualTo(40);
            kafka.held.forEach(acknowledgement -> acknowledgement.complete(null));
            await().atMost(Duration.ofSeconds(20)).until(() -> pendingDocuments(mongo) == 0);
            assertThat(kafka.sent.stream().map(CloudEvent::subject).distinct()).hasSize(40);
        });
    }

    @Test
    void theSweepPublishesEventsThatACrashLeftBehind() {
        runner("crash", false).run(context -> context.getBean(MongoTemplate.class).save(Ticket.open("left-behind")));

        runner("crash", true).run(context -> {
            FakeKafka kafka = context.getBean(FakeKafka.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> kafka.sent.size() == 1);
            assertThat(kafka.sent.get(0).subject()).isEqualTo("left-behind");
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> pendingDocuments(context.getBean(MongoTemplate.class)) == 0);
        });
    }

    @Test
    void aRelayStartedAgainSweepsAtOnceAndReadsEntriesWrittenBeforeTombstonesExisted() {
        runner("restart", true).withPropertyValues("plaza.outbox.sweep-interval=1h").run(context -> {
            MongoTemplate mongo = context.getBean(MongoTemplate.class);
            FakeKafka kafka = context.getBean(FakeKafka.class);
            OutboxRelay relay = context.getBean(OutboxRelay.class);
            mongo.save(Ticket.open("restarted"));
            await().atMost(Duration.ofSeconds(20)).until(() -> pendingDocuments(mongo) == 0);

            relay.stop();
            Document older = new Document("eventId", "evt-before-tombstones").append("type", "plaza.probe.ticket-changed.v1")
                    .append("subject", "restarted").append("occurredAt", new Date(System.currentTimeMillis() - 60_000))
                    .append("payload", "{\"ticketId\":\"restarted\",\"step\":2}");
            mongo.getCollection("tickets").updateOne(new Document("_id", "restarted"),
                    new Document("$push", new Document(OutboxAggregate.OUTBOX_FIELD, older)));
            assertThat(mongo.findById("restarted", Ticket.class)).isNotNull();
            relay.start();

            await().atMost(Duration.ofSeconds(20))
                    .until(() -> kafka.sent.stream().anyMatch(e -> e.id().equals("evt-before-tombstones")));
        });
    }

    @Test
    void theSweepIsAJobOfTheServicesRunnerWhereTheRelayIsEnabledAndNowhereElse() {
        runner("sweep-job", true).run(context -> assertThat(context.getBean(JobRunner.class).jobNames())
                .containsExactly(OutboxRelay.SWEEP_JOB));
        runner("sweep-job", false).run(context -> assertThat(context.getBean(JobRunner.class).jobNames()).isEmpty());
    }

    @Test
    void theSweepFindsOnlyDocumentsWithPendingEventsThroughAnIndexOfThem() {
        runner("sweep-index", true).withUserConfiguration(SweepFinds.class).run(context -> {
            MongoTemplate mongo = context.getBean(MongoTemplate.class);
            FakeKafka kafka = context.getBean(FakeKafka.class);
            SweepFinds finds = context.getBean(SweepFinds.class);
            for (int i = 0; i < 20; i++) {
                mongo.save(Ticket.open("done-" + i));
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> pendingDocuments(mongo) == 0);
            kafka.down = true;
            mongo.save(Ticket.open("still-pending"));
            finds.returned.clear();

            assertThat(context.getBean(OutboxRelay.class).sweep()).isGreaterThanOrEqualTo(1);

            assertThat(finds.returned).isNotEmpty().allSatisfy(count -> assertThat(count).isEqualTo(1));
            assertThat(mongo.indexOps("tickets").getIndexInfo()).anySatisfy(index -> {
                assertThat(index.getName()).isEqualTo(OutboxRelay.PENDING_INDEX);
                assertThat(index.isSparse()).isTrue();
                assertThat(index.getIndexFields()).singleElement()
                        .satisfies(field -> assertThat(field.getKey()).isEqualTo(OutboxAggregate.OUTBOX_FIELD + ".eventId"));
            });
        });
    }

    @Test
    void eventsRaisedWhileEarlierOnesArePublishedAreNotLost() {
        runner("concurrent", true).run(context -> {
            MongoTemplate mongo = context.getBean(MongoTemplate.class);
            FakeKafka kafka = context.getBean(FakeKafka.class);
            Ticket ticket = Ticket.open("busy");
            mongo.save(ticket);
            for (int i = 0; i < 15; i++) {
                Ticket fresh = mongo.findById("busy", Ticket.class);
                fresh.advance();
                mongo.save(fresh);
            }
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> kafka.distinctSteps("busy").equals(Set.copyOf(rangeClosed(1, 16))));
        });
    }

    @Test
    void aSavesEventsArePublishedFromWhatTheSaveWroteWithoutReadingTheDocumentAgain() {
        runner("copies", true).withPropertyValues("plaza.outbox.sweep-interval=1h", "plaza.outbox.sweep-min-age=1h")
                .withUserConfiguration(TicketUpdates.class)
                .run(context -> {
                    MongoTemplate mongo = context.getBean(MongoTemplate.class);
                    FakeKafka kafka = context.getBean(FakeKafka.class);
                    TicketUpdates commands = context.getBean(TicketUpdates.class);
                    commands.readsById.set(0);
                    for (int i = 0; i < 10; i++) {
                        Ticket ticket = Ticket.open("c-" + i);
                        ticket.advance();
                        mongo.save(ticket);
                    }

                    await().atMost(Duration.ofSeconds(20)).until(() -> kafka.sent.size() == 20 && pendingDocuments(mongo) == 0);
                    for (int i = 0; i < 10; i++) {
                        String subject = "c-" + i;
                        assertThat(kafka.sent.stream().filter(e -> e.subject().equals(subject)).map(CloudEvent::data)
                                .map(String::new).map(OutboxRelayTest::step)).containsExactly(1, 2);
                    }
                    assertThat(commands.readsById.get()).isZero();
                });
    }

    @Test
    void anEventASaveWritesBackAfterItWasPublishedIsRemovedWithoutBeingPublishedAgain() {
        runner("written-back", true).run(context -> {
            MongoTemplate mongo = context.getBean(MongoTemplate.class);
            FakeKafka kafka = context.getBean(FakeKafka.class);
            Ticket ticket = Ticket.open("stale");
            mongo.save(ticket);
            await().atMost(Duration.ofSeconds(20)).until(() -> kafka.sent.size() == 1 && pendingDocuments(mongo) == 0);

            // the copy in memory still holds step 1, and removing it did not change the document's version
            ticket.advance();
            mongo.save(ticket);

            await().atMost(Duration.ofSeconds(20)).until(() -> kafka.distinctSteps("stale").equals(Set.of(1, 2))
                    && pendingDocuments(mongo) == 0);
            assertThat(kafka.sent.stream().filter(e -> e.subject().equals("stale")).map(CloudEvent::data).map(String::new)
                    .map(OutboxRelayTest::step)).containsExactly(1, 2);
        });
    }

    @Test
    void aNewerSavesCopyOfTheEventsReplacesAnOlderOneAndNeverTheOtherWayRound() {
        Document older = new Document("_id", "t").append("version", 3L).append(OutboxAggregate.OUTBOX_FIELD,
                List.of(new Document("eventId", "a")));
        Document newer = new Document("_id", "t").append("version", 4L).append(OutboxAggregate.OUTBOX_FIELD,
                List.of(new Document("eventId", "a"), new Document("eventId", "b")));

        OutboxRelay.Written first = OutboxRelay.Written.of(older);
        OutboxRelay.Written second = OutboxRelay.Written.of(newer);

        assertThat(first.newer(second)).isSameAs(second);
        assertThat(second.newer(first)).isSameAs(second);
        assertThat(second.pending()).extracting(event -> event.getString("eventId")).containsExactly("a", "b");
        assertThat(OutboxRelay.Written.of(new Document("_id", "t").append(OutboxAggregate.OUTBOX_FIELD,
                List.of(new Document("eventId", "a"))))).as("no version: the relay reads the document").isNull();
    }

    @Test
    void theWarmUpCollectionsEventsGoToTheWarmUpTopicAndTheCollectionIsNeverRegisteredForSweeps() {
        runner("warm-up", true).run(context -> {
            MongoTemplate mongo = context.getBean(MongoTemplate.class);
            FakeKafka kafka = context.getBean(FakeKafka.class);
            Ticket ticket = Ticket.open("w-1");
            ticket.advance();
            mongo.save(ticket, OutboxRelay.WARM_UP_COLLECTION);

            await().atMost(Duration.ofSeconds(10)).until(() -> kafka.sent.size() == 2);
            assertThat(kafka.redirected).containsExactly(OutboxRelay.WARM_UP_TOPIC + " w-1",
                    OutboxRelay.WARM_UP_TOPIC + " w-1");
            await().atMost(Duration.ofSeconds(10)).until(() -> mongo.getCollection(OutboxRelay.WARM_UP_COLLECTION)
                    .countDocuments(new Document(OutboxAggregate.OUTBOX_FIELD + ".0", new Document("$exists", true))) == 0);
            assertThat(mongo.getCollection(OutboxRelay.REGISTRY).countDocuments(
                    new Document("_id", OutboxRelay.WARM_UP_COLLECTION))).isZero();
        });
    }

    private static List<Integer> rangeClosed(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to).boxed().toList();
    }

    private static long pendingDocuments(MongoTemplate mongo) {
        return mongo.getCollection("tickets").countDocuments(
                new Document(OutboxAggregate.OUTBOX_FIELD + ".eventId", new Document("$exists", true)));
    }

    private static int step(String json) {
        var matcher = java.util.regex.Pattern.compile("\"step\":(\\d+)").matcher(json);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    @EventType("plaza.probe.ticket-changed.v1")
    record TicketChanged(String ticketId, int step) implements PlazaEvent {
        @Override
        public String subject() {
            return ticketId;
        }
    }

    @org.springframework.data.mongodb.core.mapping.Document("tickets")
    static class Ticket extends OutboxAggregate {
        @Id
        String id;
        int step;

        static Ticket open(String id) {
            Ticket ticket = new Ticket();
            ticket.id = id;
            ticket.advance();
            return ticket;
        }

        void advance() {
            step++;
            raise(new TicketChanged(id, step));
        }

        void forget() {
            raiseTombstone(TicketChanged.class, id);
        }
    }

    /**
     * Counts the update commands sent for the tickets collection (a bulk write is one command) and the finds of
     * tickets by id (the relay reading documents it was hinted about).
     */
    @Configuration(proxyBeanMethods = false)
    static class TicketUpdates implements CommandListener {
        final AtomicInteger count = new AtomicInteger();
        final AtomicInteger readsById = new AtomicInteger();

        @Bean
        MongoClientSettingsBuilderCustomizer countTicketUpdates() {
            return settings -> settings.addCommandListener(this);
        }

        @Override
        public void commandStarted(CommandStartedEvent event) {
            if ("update".equals(event.getCommandName()) && "tickets".equals(event.getCommand().getString("update").getValue())) {
                count.incrementAndGet();
            }
            if ("find".equals(event.getCommandName()) && "tickets".equals(event.getCommand().getString("find").getValue())
                    && event.getCommand().containsKey("filter")
                    && event.getCommand().getDocument("filter").containsKey("_id")) {
                readsById.incrementAndGet();
            }
        }
    }

    /** How many documents each of the sweep's finds on the tickets collection returned. */
    @Configuration(proxyBeanMethods = false)
    static class SweepFinds implements CommandListener {
        final List<Integer> returned = new CopyOnWriteArrayList<>();
        private final Set<Integer> sweepRequests = java.util.concurrent.ConcurrentHashMap.newKeySet();

        @Bean
        MongoClientSettingsBuilderCustomizer recordSweepFinds() {
            return settings -> settings.addCommandListener(this);
        }

        @Override
        public void commandStarted(CommandStartedEvent event) {
            if ("find".equals(event.getCommandName()) && "tickets".equals(event.getCommand().getString("find").getValue())
                    && event.getCommand().containsKey("filter")
                    && event.getCommand().getDocument("filter").containsKey(OutboxAggregate.OUTBOX_FIELD + ".eventId")) {
                sweepRequests.add(event.getRequestId());
            }
        }

        @Override
        public void commandSucceeded(com.mongodb.event.CommandSucceededEvent event) {
            if (sweepRequests.remove(event.getRequestId())) {
                returned.add(event.getResponse().getDocument("cursor").getArray("firstBatch").size());
            }
        }
    }

    /** Stands in for Kafka: records what it acknowledged, refuses while "down". */
    @Configuration(proxyBeanMethods = false)
    static class FakeKafka extends EventPublisher {
        final List<CloudEvent> sent = new CopyOnWriteArrayList<>();
        final AtomicInteger refused = new AtomicInteger();
        volatile boolean down;
        volatile Predicate<CloudEvent> refuseOnce;
        /** Acknowledgements the test gives itself when {@code holdAcknowledgements} is on. */
        final List<CompletableFuture<Void>> held = new CopyOnWriteArrayList<>();
        volatile boolean holdAcknowledgements;

        FakeKafka() {
            super(null);
        }

        @Override
        public CompletableFuture<Void> send(CloudEvent event) {
            Predicate<CloudEvent> once = refuseOnce;
            if (down || (once != null && once.test(event))) {
                refuseOnce = null;
                refused.incrementAndGet();
                return CompletableFuture.failedFuture(new IllegalStateException("broker unavailable"));
            }
            sent.add(event);
            if (holdAcknowledgements) {
                CompletableFuture<Void> acknowledgement = new CompletableFuture<>();
                held.add(acknowledgement);
                return acknowledgement;
            }
            return CompletableFuture.completedFuture(null);
        }

        /** Events sent to a topic other than their type's, and that topic. */
        final List<String> redirected = new CopyOnWriteArrayList<>();

        @Override
        public CompletableFuture<Void> send(CloudEvent event, String topic) {
            redirected.add(topic + " " + event.subject());
            return send(event);
        }

        Set<Integer> distinctSteps(String subject) {
            return sent.stream().filter(e -> e.subject().equals(subject)).map(e -> step(new String(e.data())))
                    .collect(java.util.stream.Collectors.toSet());
        }
    }
}
