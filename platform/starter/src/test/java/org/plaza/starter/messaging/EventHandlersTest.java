package org.plaza.starter.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.json.JsonMapper;

class EventHandlersTest {

    private static MongoServer server;
    private static MongoTemplate mongo;

    private final List<ReceivedEvent<Counted>> handled = new ArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private Consumer<Message<byte[]>> consumer;

    @BeforeAll
    static void startMongo() {
        server = new MongoServer(new MemoryBackend());
        mongo = new MongoTemplate(MongoClients.create(server.bindAndGetConnectionString()), "handlers");
    }

    @AfterAll
    static void stopMongo() {
        server.shutdownNow();
    }

    @BeforeEach
    void buildConsumer() {
        mongo.dropCollection(ProcessedEvents.COLLECTION);
        consumer = new EventHandlers(JsonMapper.builder().build(), new ProcessedEvents(mongo), meters)
                .consumer("tally").onReceived(Counted.class, handled::add).build();
    }

    @Test
    void handsTheTypedPayloadWithItsCloudEventsAttributesToTheHandler() {
        consumer.accept(message("e-1", "plaza.probe.counted.v1", "{\"itemId\":\"i-1\",\"amount\":3}"));

        assertThat(handled).singleElement().satisfies(received -> {
            assertThat(received.id()).isEqualTo("e-1");
            assertThat(received.subject()).isEqualTo("i-1");
            assertThat(received.payload()).isEqualTo(new Counted("i-1", 3));
        });
        assertThat(outcome("handled")).isEqualTo(1);
    }

    @Test
    void aSecondDeliveryOfTheSameEventChangesNothing() {
        consumer.accept(message("e-2", "plaza.probe.counted.v1", "{\"itemId\":\"i-1\",\"amount\":1}"));
        consumer.accept(message("e-2", "plaza.probe.counted.v1", "{\"itemId\":\"i-1\",\"amount\":1}"));

        assertThat(handled).hasSize(1);
        assertThat(outcome("duplicate")).isEqualTo(1);
    }

    @Test
    void aHandlerThatFailsLeavesTheEventUnhandledSoTheRetryRunsIt() {
        List<String> attempts = new ArrayList<>();
        Consumer<Message<byte[]>> flaky = new EventHandlers(JsonMapper.builder().build(), new ProcessedEvents(mongo),
                meters).consumer("flaky").on(Counted.class, c -> {
                    attempts.add(c.itemId());
                    if (attempts.size() == 1) {
                        throw new IllegalStateException("database hiccup");
                    }
                }).build();
        Message<byte[]> message = message("e-3", "plaza.probe.counted.v1", "{\"itemId\":\"i-9\",\"amount\":1}");

        assertThatThrownBy(() -> flaky.accept(message)).isInstanceOf(IllegalStateException.class);
        flaky.accept(message);
        flaky.accept(message);

        assertThat(attempts).containsExactly("i-9", "i-9");
    }

    @Test
    void anIdempotentHandlerRunsAgainOnARedeliveryAndNeitherAsksNorWritesTheMemoryOfHandledEvents() {
        List<Counted> applied = new ArrayList<>();
        Consumer<Message<byte[]>> idempotent = new EventHandlers(JsonMapper.builder().build(), new ProcessedEvents(mongo),
                meters).consumer("upserts").onIdempotent(Counted.class, applied::add).build();
        Message<byte[]> message = message("e-10", "plaza.probe.counted.v1", "{\"itemId\":\"i-4\",\"amount\":2}");

        idempotent.accept(message);
        idempotent.accept(message);

        assertThat(applied).containsExactly(new Counted("i-4", 2), new Counted("i-4", 2));
        assertThat(mongo.getCollection(ProcessedEvents.COLLECTION).countDocuments()).isZero();
        assertThat(outcome("handled")).isEqualTo(2);
    }

    @Test
    void aTypeWithAnIdempotentAndAnOrdinaryHandlerIsStillHandledOnce() {
        List<String> calls = new ArrayList<>();
        Consumer<Message<byte[]>> mixed = new EventHandlers(JsonMapper.builder().build(), new ProcessedEvents(mongo),
                meters).consumer("mixed").onIdempotent(Counted.class, c -> calls.add("upsert"))
                .on(Counted.class, c -> calls.add("increment")).build();
        Message<byte[]> message = message("e-11", "plaza.probe.counted.v1", "{\"itemId\":\"i-5\",\"amount\":1}");

        mixed.accept(message);
        mixed.accept(message);

        assertThat(calls).containsExactly("upsert", "increment");
        assertThat(outcome("duplicate")).isEqualTo(1);
    }

    @Test
    void eventsOfOtherTypesOnTheSameTopicAreIgnored() {
        consumer.accept(message("e-4", "plaza.probe.something-else.v1", "{}"));
        consumer.accept(message("e-5", "plaza.probe.counted.v2", "{\"itemId\":\"i-1\"}"));

        assertThat(handled).isEmpty();
        assertThat(outcome("ignored")).isEqualTo(2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTombstoneOnACompactedTopicIsSkippedNotPoison() {
        Message<byte[]> tombstone = (Message<byte[]>) new CloudEvent("e-6", "plaza.probe.counted.v1", "/plaza/probe",
                "i-1", Instant.parse("2026-11-28T10:00:00Z"), null).toMessage();

        consumer.accept(tombstone);

        assertThat(handled).isEmpty();
        assertThat(outcome("tombstone")).isEqualTo(1);
    }

    @Test
    void aMessageWithoutAnIdIsPoison() {
        Message<byte[]> noId = MessageBuilder.withPayload("{}".getBytes(StandardCharsets.UTF_8))
                .setHeader(CloudEvent.TYPE, "plaza.probe.counted.v1").build();

        assertThatThrownBy(() -> consumer.accept(noId)).isInstanceOf(PoisonMessageException.class);
        assertThat(handled).isEmpty();
    }

    @Test
    void aPayloadThatIsNotItsTypeIsPoisonAndIsNotRememberedAsHandled() {
        assertThatThrownBy(() -> consumer.accept(message("e-6", "plaza.probe.counted.v1", "not json")))
                .isInstanceOf(PoisonMessageException.class);
        assertThatThrownBy(() -> consumer.accept(message("e-7", "plaza.probe.counted.v1", "{\"amount\":\"many\"}")))
                .isInstanceOf(PoisonMessageException.class);

        assertThat(new ProcessedEvents(mongo).alreadyHandled("tally", "e-6")).isFalse();
    }

    @Test
    void readsAttributesWrittenAsStringsByOtherClients() {
        Message<byte[]> stringHeaders = MessageBuilder
                .withPayload("{\"itemId\":\"i-2\",\"amount\":2}".getBytes(StandardCharsets.UTF_8))
                .setHeader(CloudEvent.ID, "e-8").setHeader(CloudEvent.TYPE, "plaza.probe.counted.v1")
                .setHeader(CloudEvent.SUBJECT, "i-2").setHeader(CloudEvent.TIME, "2026-11-28T10:15:30Z").build();

        consumer.accept(stringHeaders);

        assertThat(handled).singleElement()
                .satisfies(r -> assertThat(r.time()).isEqualTo(Instant.parse("2026-11-28T10:15:30Z")));
    }

    private double outcome(String outcome) {
        return meters.find("plaza.events.consumed").tag("outcome", outcome).counters().stream()
                .mapToDouble(c -> c.count()).sum();
    }

    @SuppressWarnings("unchecked")
    private static Message<byte[]> message(String id, String type, String json) {
        return (Message<byte[]>) new CloudEvent(id, type, "/plaza/probe", "i-1", Instant.parse("2026-11-28T10:00:00Z"),
                json.getBytes(StandardCharsets.UTF_8)).toMessage();
    }

    @EventType("plaza.probe.counted.v1")
    record Counted(String itemId, int amount) implements PlazaEvent {
        @Override
        public String subject() {
            return itemId;
        }
    }
}
