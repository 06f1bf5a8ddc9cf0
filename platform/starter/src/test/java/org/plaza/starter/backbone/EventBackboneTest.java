package org.plaza.starter.backbone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plaza.starter.backbone.BackboneApplication.Order;
import org.plaza.starter.backbone.BackboneApplication.Orders;
import org.plaza.starter.messaging.CloudEvent;
import org.plaza.starter.messaging.EventPublisher;
import org.plaza.starter.outbox.OutboxAggregate;
import org.plaza.starter.outbox.OutboxRelay;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * The promise of the event backbone, on a real Kafka broker process and the MongoDB wire protocol:
 * no acknowledged write is lost and no event is lost or counted twice, also when Kafka stops,
 * when a delivery repeats, when a message is poison, and when the relay dies mid-batch.
 */
class EventBackboneTest {

    private static final String TOPIC = "plaza.probe";
    private static final String DEAD_LETTERS = "error.plaza.probe.backbone";

    private static BrokerProcess kafka;
    private static MongoServer mongoServer;
    private static String mongoUri;
    private static KafkaTestEvents events;
    private final List<ConfigurableApplicationContext> services = new ArrayList<>();

    @BeforeAll
    static void startInfrastructure() throws Exception {
        kafka = new BrokerProcess(Files.createTempDirectory("plaza-backbone-kafka"));
        kafka.start();
        mongoServer = new MongoServer(new MemoryBackend());
        mongoUri = mongoServer.bindAndGetConnectionString().replaceAll("/?$", "/backbone?socketTimeoutMS=15000");
        events = new KafkaTestEvents(kafka.bootstrapServers(), JsonMapper.builder().build());
    }

    @AfterAll
    static void stopInfrastructure() throws Exception {
        events.close();
        kafka.close();
        mongoServer.shutdownNow();
    }

    @AfterEach
    void stopServices() {
        services.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void aWriteAcknowledgedWhileKafkaIsStoppedArrivesExactlyOnceAfterKafkaReturns() throws Exception {
        ConfigurableApplicationContext service = startService(true);
        Orders orders = service.getBean(Orders.class);
        OutboxRelay relay = service.getBean(OutboxRelay.class);
        awaitHandled(placeOrders(orders, "warmup", 1));

        kafka.stop();
        List<String> placedWhileDown = placeOrders(orders, "down", 10);
        assertThat(orders.findAllById(placedWhileDown)).hasSize(10);
        await().atMost(Duration.ofSeconds(30)).until(() -> relay.backlog() > 0);

        kafka.start();
        awaitHandled(placedWhileDown);
        await().atMost(Duration.ofSeconds(30)).until(() -> relay.backlog() == 0);
        assertExactlyOnce(placedWhileDown);
    }

    @Test
    void aDuplicateDeliveryChangesNothing() {
        ConfigurableApplicationContext service = startService(true);
        String eventId = UUID.randomUUID().toString();
        byte[] payload = "{\"orderId\":\"dup-1\",\"quantity\":2}".getBytes(StandardCharsets.UTF_8);

        events.publishRaw(TOPIC, "dup-1", headers(eventId, "dup-1"), payload);
        events.publishRaw(TOPIC, "dup-1", headers(eventId, "dup-1"), payload);
        List<String> after = placeOrders(service.getBean(Orders.class), "after-dup", 1);

        awaitHandled(after);
        awaitHandled(List.of("dup-1"));
        assertExactlyOnce(List.of("dup-1"));
        assertThat(consumed(service, "duplicate")).isEqualTo(1);
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndItsPartitionKeepsFlowing() {
        ConfigurableApplicationContext service = startService(true);
        String poisonId = UUID.randomUUID().toString();

        events.publishRaw(TOPIC, "same-key", headers(poisonId, "same-key"),
                "{\"orderId\": [not json".getBytes(StandardCharsets.UTF_8));
        events.publishRaw(TOPIC, "same-key", headers(UUID.randomUUID().toString(), "same-key"),
                "{\"orderId\":\"same-key\",\"quantity\":1}".getBytes(StandardCharsets.UTF_8));

        awaitHandled(List.of("same-key"));
        var dead = events.awaitRecords(DEAD_LETTERS, r -> poisonId.equals(r.header(CloudEvent.ID)), 1,
                Duration.ofSeconds(60));
        assertThat(dead).singleElement().satisfies(r -> assertThat(r.key()).isEqualTo("same-key"));
        await().atMost(Duration.ofSeconds(10)).until(() -> service.getBean(MeterRegistry.class)
                .find("plaza.events.dead.lettered").tag("group", "backbone").counters().stream()
                .mapToDouble(c -> c.count()).sum() == 1.0);
    }

    @Test
    void aRelayThatDiesMidBatchLosesAndDuplicatesNothingAConsumerCanSee() {
        ConfigurableApplicationContext crashed = startService(false);
        List<String> ids = placeOrders(crashed.getBean(Orders.class), "crash", 20);
        MongoTemplate mongo = crashed.getBean(MongoTemplate.class);
        EventPublisher publisher = crashed.getBean(EventPublisher.class);
        for (String id : ids.subList(0, 10)) {
            Document order = mongo.getCollection("orders").find(new Document("_id", id)).first();
            Document pending = order.getList(OutboxAggregate.OUTBOX_FIELD, Document.class).get(0);
            CloudEvent event = new CloudEvent(pending.getString("eventId"), pending.getString("type"), "/plaza/backbone",
                    id, pending.getDate("occurredAt").toInstant(),
                    pending.getString("payload").getBytes(StandardCharsets.UTF_8));
            EventPublisher.await(publisher.send(event), event);
        }
        awaitHandled(ids.subList(0, 10));
        crashed.close();

        ConfigurableApplicationContext restarted = startService(true);
        awaitHandled(ids);
        await().atMost(Duration.ofSeconds(30)).until(() -> restarted.getBean(OutboxRelay.class).backlog() == 0);
        assertExactlyOnce(ids);
        assertThat(consumed(restarted, "duplicate")).isEqualTo(10);
    }

    /**
     * The binder builds its listener containers itself, so the commit mode is proved on a real binding: with a commit
     * interval longer than the test, records are handled and stay uncommitted (a commit per poll, Spring Kafka's
     * default, would have committed each), the binding commits them when it stops, and a restart on the same group
     * is delivered none of them again.
     */
    @Test
    void aBindingCommitsItsOffsetsByTimeAndWhenItStopsNotAfterEveryRecord() throws Exception {
        ConfigurableApplicationContext service = startService(true, "--plaza.messaging.offsets.commit-interval=1h");
        awaitHandled(placeOrders(service.getBean(Orders.class), "warmup", 1));
        long behindBefore = behind();

        List<String> orderIds = IntStream.range(0, 20).mapToObj(i -> "by-time-" + UUID.randomUUID()).toList();
        for (String orderId : orderIds) {
            events.publishRaw(TOPIC, orderId, headers(UUID.randomUUID().toString(), orderId),
                    ("{\"orderId\":\"" + orderId + "\",\"quantity\":1}").getBytes(StandardCharsets.UTF_8));
            Thread.sleep(50);
        }
        awaitHandled(orderIds);

        assertThat(behind()).as("records handled but not yet committed").isEqualTo(behindBefore + orderIds.size());
        assertThat(service.getBean(MeterRegistry.class).find("spring.cloud.stream.binder.kafka.offset").meters())
                .as("the binder's lag gauge").isEmpty();
        service.close();
        assertThat(behind()).as("records not committed after a clean stop").isZero();

        ConfigurableApplicationContext restarted = startService(true);
        List<String> afterRestart = placeOrders(restarted.getBean(Orders.class), "after-restart", 1);
        awaitHandled(afterRestart);
        assertExactlyOnce(orderIds);
        assertThat(consumed(restarted, "duplicate")).isZero();
        assertThat(consumed(restarted, "handled")).isEqualTo(1);
    }

    /** How many records of the probe topic the consumer group has not committed. */
    private static long behind() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("backbone")
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(List.of(TOPIC)).allTopicNames()
                    .get(30, TimeUnit.SECONDS).get(TOPIC).partitions().stream()
                    .collect(Collectors.toMap(p -> new TopicPartition(TOPIC, p.partition()), p -> OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).entrySet().stream()
                    .mapToLong(end -> {
                        OffsetAndMetadata done = committed.get(end.getKey());
                        return end.getValue().offset() - (done == null ? 0 : done.offset());
                    }).sum();
        }
    }

    private ConfigurableApplicationContext startService(boolean relayEnabled, String... more) {
        List<String> arguments = new ArrayList<>(List.of("--spring.application.name=backbone",
                "--spring.mongodb.uri=" + mongoUri,
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--spring.cloud.function.definition=orderEvents",
                "--spring.cloud.stream.bindings.orderEvents-in-0.destination=" + TOPIC,
                "--plaza.outbox.enabled=" + relayEnabled,
                "--plaza.outbox.sweep-interval=500ms",
                "--plaza.outbox.sweep-min-age=0s",
                "--plaza.outbox.max-backoff=1s",
                "--plaza.supporter.key=backbone-test-key-0123456789abcdef0123456789"));
        arguments.addAll(List.of(more));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(BackboneApplication.class)
                .web(org.springframework.boot.WebApplicationType.NONE)
                .run(arguments.toArray(String[]::new));
        services.add(context);
        return context;
    }

    private static List<String> placeOrders(Orders orders, String prefix, int count) {
        String run = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        List<String> ids = IntStream.range(0, count).mapToObj(i -> run + i).toList();
        ids.forEach(id -> orders.save(Order.place(id, 1)));
        return ids;
    }

    private static Map<String, String> headers(String id, String subject) {
        return Map.of(CloudEvent.ID, id, CloudEvent.TYPE, "plaza.probe.order-placed.v1",
                CloudEvent.SOURCE, "/plaza/test", CloudEvent.SUBJECT, subject,
                CloudEvent.TIME, Instant.now().toString(), CloudEvent.SPEC_VERSION, "1.0");
    }

    private void awaitHandled(List<String> orderIds) {
        MongoTemplate mongo = services.get(services.size() - 1).getBean(MongoTemplate.class);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(
                () -> handledFor(mongo, orderIds).stream().map(d -> d.getString("orderId")).distinct().count()
                        == orderIds.size());
    }

    private void assertExactlyOnce(List<String> orderIds) {
        MongoTemplate mongo = services.get(services.size() - 1).getBean(MongoTemplate.class);
        List<Document> handled = handledFor(mongo, orderIds);
        assertThat(handled).hasSize(orderIds.size());
        assertThat(handled.stream().map(d -> d.getString("eventId")).distinct()).hasSize(orderIds.size());
    }

    private static List<Document> handledFor(MongoTemplate mongo, List<String> orderIds) {
        return mongo.find(Query.query(Criteria.where("orderId").in(orderIds)), Document.class, "handled");
    }

    private static double consumed(ConfigurableApplicationContext service, String outcome) {
        return service.getBean(MeterRegistry.class).find("plaza.events.consumed").tag("outcome", outcome)
                .counters().stream().mapToDouble(c -> c.count()).sum();
    }
}
