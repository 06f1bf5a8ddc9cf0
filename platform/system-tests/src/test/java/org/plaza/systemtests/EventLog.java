package org.plaza.systemtests;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a topic of the running stack from its beginning with a plain Kafka consumer (no group), the way
 * an auditor would: every record, CloudEvents attributes from the {@code ce_*} headers, payload as JSON.
 */
public final class EventLog {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EventLog() {
    }

    /** Every record on {@code topic} up to its end right now (an empty list for a topic that does not exist). */
    public static List<Event> readAll(String bootstrap, String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            if (partitions.isEmpty()) {
                return List.of();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<Event> events = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    events.add(new Event(header(record, "ce_id"), header(record, "ce_type"),
                            record.value() == null ? JSON.createObjectNode() : JSON.readTree(record.value())));
                }
            }
            return events;
        }
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** One record: its {@code ce_id}, {@code ce_type} and payload. */
    public record Event(String id, String type, JsonNode payload) {

        /** Whether this is a {@code type} event, any version ({@code plaza.petitions.petition-milestone-reached}). */
        public boolean is(String type) {
            return this.type.equals(type) || this.type.startsWith(type + ".v");
        }
    }
}
