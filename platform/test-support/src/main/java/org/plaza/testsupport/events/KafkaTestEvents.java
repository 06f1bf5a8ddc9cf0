package org.plaza.testsupport.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

import org.plaza.events.EventType;
import org.plaza.events.EventTypes;
import org.plaza.events.PlazaEvent;

/**
 * Publishes Plaza events to Kafka and waits for them, as a service would see them.
 *
 * <p>{@link #publish(PlazaEvent)} sends a CloudEvents binary-mode record from a real producer.
 * The {@code await…} methods read the event type's topic with a consumer of their own (no
 * consumer group, nothing committed), keep the records whose {@code ce_type} is the type's and
 * whose payload deserializes and matches, and wait until enough arrived or the timeout passed.
 * Records of the type whose payload does not deserialize (poison messages) are skipped.
 * Read from the beginning of the topic, or from a {@link Position} captured before the stimulus.
 */
public final class KafkaTestEvents implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private static final int SHOWN_IN_FAILURES = 10;

    private final Supplier<List<String>> bootstrapServers;

    private final JsonMapper mapper;

    private KafkaProducer<String, byte[]> producer;

    /**
     * @param bootstrapServers the broker's bootstrap servers, asked for on first use
     * @param mapper the JSON mapper the application uses for event payloads
     */
    public KafkaTestEvents(Supplier<List<String>> bootstrapServers, JsonMapper mapper) {
        this.bootstrapServers = bootstrapServers;
        this.mapper = mapper;
    }

    public KafkaTestEvents(String bootstrapServers, JsonMapper mapper) {
        this(() -> Arrays.asList(bootstrapServers.split(",")), mapper);
    }

    /** The topic that carries an event record's type. */
    public static String topicOf(Class<? extends PlazaEvent> eventClass) {
        EventType annotation = eventClass.getAnnotation(EventType.class);
        if (annotation != null && !annotation.topic().isEmpty()) {
            return annotation.topic();
        }
        return EventTypes.topicOf(EventTypes.typeOf(eventClass));
    }

    /** Publishes an event with a fresh {@code ce_id} and waits for the broker to acknowledge it. */
    public PublishedRecord publish(PlazaEvent event) {
        return publish(event, UUID.randomUUID().toString());
    }

    /** Publishes an event with the given {@code ce_id}: publish the same id twice for a duplicate delivery. */
    public PublishedRecord publish(PlazaEvent event, String id) {
        Map<String, String> headers = CloudEventHeaders.of(event, id, Instant.now());
        return publishRaw(topicOf(event.getClass()), event.subject(), headers, this.mapper.writeValueAsBytes(event));
    }

    /**
     * Publishes any bytes with any headers (header values as UTF-8 text), for poison messages,
     * hand-made duplicates and payloads of other versions. {@link CloudEventHeaders#of} gives
     * an event's usual headers to start from.
     */
    public PublishedRecord publishRaw(String topic, String key, Map<String, String> headers, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, text) -> record.headers().add(new RecordHeader(name, text.getBytes(StandardCharsets.UTF_8))));
        record.headers().add(new RecordHeader(CloudEventHeaders.SPRING_JSON_HEADER_TYPES,
                CloudEventHeaders.springTypesOf(headers.keySet(), this.mapper)));
        RecordMetadata metadata = send(record);
        return new PublishedRecord(metadata.topic(), metadata.partition(), metadata.offset(), key, headers);
    }

    /** The current end of the topics of these event types: what a test waits past. */
    @SafeVarargs
    public final Position positionOf(Class<? extends PlazaEvent>... eventClasses) {
        return positionOf(Arrays.stream(eventClasses).map(KafkaTestEvents::topicOf).distinct().toArray(String[]::new));
    }

    /** The current end of these topics. A topic that does not exist yet is read from its beginning. */
    public Position positionOf(String... topics) {
        try (KafkaConsumer<String, byte[]> consumer = newConsumer()) {
            Map<TopicPartition, Long> offsets = new HashMap<>();
            for (String topic : topics) {
                List<TopicPartition> partitions = partitionsOf(consumer, topic);
                offsets.putAll(consumer.endOffsets(partitions));
            }
            return new Position(offsets);
        }
    }

    /** Waits for the first event of a type that matches, reading its topic from the beginning. */
    public <T extends PlazaEvent> ReceivedEvent<T> awaitEvent(Class<T> eventClass, Predicate<? super T> matching,
            Duration timeout) {
        return awaitEvent(new Position(Map.of()), eventClass, matching, timeout);
    }

    /** Waits for the first event of a type that matches and was published after a position. */
    public <T extends PlazaEvent> ReceivedEvent<T> awaitEvent(Position after, Class<T> eventClass,
            Predicate<? super T> matching, Duration timeout) {
        return awaitEvents(after, eventClass, matching, 1, timeout).get(0);
    }

    /** Waits for {@code count} events of a type that match, reading from the beginning; returns the first {@code count}. */
    public <T extends PlazaEvent> List<ReceivedEvent<T>> awaitEvents(Class<T> eventClass, Predicate<? super T> matching,
            int count, Duration timeout) {
        return awaitEvents(new Position(Map.of()), eventClass, matching, count, timeout);
    }

    /** Waits for {@code count} matching events published after a position; returns the first {@code count}. */
    public <T extends PlazaEvent> List<ReceivedEvent<T>> awaitEvents(Position after, Class<T> eventClass,
            Predicate<? super T> matching, int count, Duration timeout) {
        Scan<T> scan = scan(after, eventClass, matching, count, timeout, false);
        if (scan.matched.size() < count) {
            throw new AssertionError("Expected %d %s matching events on %s within %s, found %d. %s"
                    .formatted(count, EventTypes.typeOf(eventClass), topicOf(eventClass), timeout,
                            scan.matched.size(), scan.describeSeen()));
        }
        return List.copyOf(scan.matched.subList(0, count));
    }

    /** Every matching event of a type in its topic right now, without waiting for more. */
    public <T extends PlazaEvent> List<ReceivedEvent<T>> eventsSoFar(Class<T> eventClass, Predicate<? super T> matching) {
        return List.copyOf(scan(new Position(Map.of()), eventClass, matching, Integer.MAX_VALUE, Duration.ofSeconds(30), true).matched);
    }

    /** Fails if a matching event of a type is in its topic or arrives within the window. */
    public <T extends PlazaEvent> void assertNoEvent(Class<T> eventClass, Predicate<? super T> matching, Duration window) {
        assertNoEvent(new Position(Map.of()), eventClass, matching, window);
    }

    /** Fails if a matching event of a type arrives after a position, within the window. */
    public <T extends PlazaEvent> void assertNoEvent(Position after, Class<T> eventClass, Predicate<? super T> matching,
            Duration window) {
        Scan<T> scan = scan(after, eventClass, matching, 1, window, false);
        if (!scan.matched.isEmpty()) {
            ReceivedEvent<T> found = scan.matched.get(0);
            throw new AssertionError("Expected no matching %s on %s, found %s (ce_id %s, partition %d, offset %d)"
                    .formatted(EventTypes.typeOf(eventClass), topicOf(eventClass), found.event(), found.id(),
                            found.partition(), found.offset()));
        }
    }

    /**
     * Waits for {@code count} raw records on any topic (a dead-letter topic, for example) that
     * match, reading it from the beginning.
     */
    public List<ReceivedEvent<byte[]>> awaitRecords(String topic, Predicate<ReceivedEvent<byte[]>> matching, int count,
            Duration timeout) {
        List<ReceivedEvent<byte[]>> matched = new ArrayList<>();
        read(new Position(Map.of()), topic, timeout, false, record -> {
            ReceivedEvent<byte[]> received = received(record, record.value());
            if (matching.test(received)) {
                matched.add(received);
            }
            return matched.size() >= count;
        });
        if (matched.size() < count) {
            throw new AssertionError("Expected %d matching records on %s within %s, found %d"
                    .formatted(count, topic, timeout, matched.size()));
        }
        return List.copyOf(matched.subList(0, count));
    }

    /**
     * A setting of an existing topic as the broker has it ({@code cleanup.policy}, {@code retention.ms}…), to prove
     * that whoever created the topic created it as its contract says.
     */
    public String topicConfig(String topic, String name) {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers()))) {
            ConfigEntry entry = admin.describeConfigs(List.of(resource)).all()
                    .get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(resource).get(name);
            return entry == null ? null : entry.value();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while describing " + topic, ex);
        }
        catch (ExecutionException | TimeoutException ex) {
            throw new IllegalStateException("Could not describe " + topic, ex);
        }
    }

    @Override
    public synchronized void close() {
        if (this.producer != null) {
            this.producer.close(Duration.ofSeconds(5));
            this.producer = null;
        }
    }

    private <T extends PlazaEvent> Scan<T> scan(Position after, Class<T> eventClass, Predicate<? super T> matching,
            int count, Duration timeout, boolean toCurrentEnd) {
        String type = EventTypes.typeOf(eventClass);
        Scan<T> scan = new Scan<>();
        read(after, topicOf(eventClass), timeout, toCurrentEnd, record -> {
            ReceivedEvent<T> received = deserialize(record, eventClass, type);
            if (received != null) {
                scan.seen.add(received);
                if (matching.test(received.event())) {
                    scan.matched.add(received);
                }
            }
            return scan.matched.size() >= count;
        });
        return scan;
    }

    /**
     * Reads a topic from a position until the visitor says it has enough, the timeout passes or,
     * with {@code toCurrentEnd}, the end the topic had when reading began is reached.
     */
    private void read(Position after, String topic, Duration timeout, boolean toCurrentEnd,
            Predicate<ConsumerRecord<String, byte[]>> visitorHasEnough) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, byte[]> consumer = newConsumer()) {
            List<TopicPartition> partitions = partitionsOf(consumer, topic);
            while (partitions.isEmpty() && !toCurrentEnd && System.nanoTime() < deadline) {
                sleep(POLL);
                partitions = partitionsOf(consumer, topic);
            }
            if (partitions.isEmpty()) {
                return;
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions);
            partitions.forEach(partition -> consumer.seek(partition, Math.max(after.startOf(partition), beginnings.get(partition))));
            Map<TopicPartition, Long> ends = toCurrentEnd ? consumer.endOffsets(partitions) : Map.of();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    if (visitorHasEnough.test(record)) {
                        return;
                    }
                }
                if (toCurrentEnd && partitions.stream().allMatch(partition -> consumer.position(partition) >= ends.get(partition))) {
                    return;
                }
            }
        }
    }

    private <T extends PlazaEvent> ReceivedEvent<T> deserialize(ConsumerRecord<String, byte[]> record, Class<T> eventClass,
            String type) {
        Map<String, String> headers = CloudEventHeaders.read(record.headers(), this.mapper);
        if (!type.equals(headers.get(CloudEventHeaders.TYPE)) || record.value() == null) {
            return null;
        }
        try {
            return received(record, this.mapper.readValue(record.value(), eventClass));
        }
        catch (RuntimeException poison) {
            return null;
        }
    }

    private <T> ReceivedEvent<T> received(ConsumerRecord<String, byte[]> record, T value) {
        return new ReceivedEvent<>(value, record.key(), CloudEventHeaders.read(record.headers(), this.mapper),
                record.topic(), record.partition(), record.offset());
    }

    private static List<TopicPartition> partitionsOf(KafkaConsumer<String, byte[]> consumer, String topic) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
        return infos == null ? List.of()
                : infos.stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
    }

    private synchronized RecordMetadata send(ProducerRecord<String, byte[]> record) {
        if (this.producer == null) {
            Map<String, Object> config = new LinkedHashMap<>();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers());
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
            config.put(ProducerConfig.CLIENT_ID_CONFIG, "plaza-test-events-producer");
            this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        }
        try {
            return this.producer.send(record).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing to " + record.topic(), ex);
        }
        catch (ExecutionException | TimeoutException ex) {
            throw new IllegalStateException("Could not publish to " + record.topic(), ex);
        }
    }

    private KafkaConsumer<String, byte[]> newConsumer() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "plaza-test-events-reader-" + UUID.randomUUID());
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private String servers() {
        return String.join(",", Objects.requireNonNull(this.bootstrapServers.get(), "bootstrap servers"));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a topic", ex);
        }
    }

    /** What one read of a topic found: every event of the type, and those that matched. */
    private static final class Scan<T> {

        final List<ReceivedEvent<T>> seen = new ArrayList<>();

        final List<ReceivedEvent<T>> matched = new ArrayList<>();

        String describeSeen() {
            if (this.seen.isEmpty()) {
                return "No event of that type was there.";
            }
            StringBuilder text = new StringBuilder("Events of that type seen (" + this.seen.size() + "):");
            this.seen.stream().limit(SHOWN_IN_FAILURES)
                    .forEach(received -> text.append("\n  ").append(received.event()).append(" ce_id=").append(received.id()));
            return text.toString();
        }

    }

}
