package org.plaza.insights.drill;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.plaza.events.PlazaEvent;
import org.plaza.testsupport.events.CloudEventHeaders;
import org.plaza.testsupport.events.KafkaTestEvents;

import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes many events the way {@link KafkaTestEvents#publish(PlazaEvent, String)} does (key = subject,
 * CloudEvents binary-mode headers, header types for Spring consumers) but without waiting for each
 * acknowledgement: thousands of events take seconds, not minutes, on a loaded machine.
 */
final class BulkPublisher implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final JsonMapper json;
    private final List<Future<RecordMetadata>> sent = new ArrayList<>();

    BulkPublisher(String bootstrapServers, JsonMapper json) {
        this.json = json;
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5, ProducerConfig.CLIENT_ID_CONFIG, "insights-drill-publisher"),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends an event with this {@code ce_id}; the same id twice is a duplicate delivery. */
    void publish(PlazaEvent event, String ceId) {
        publishRaw(KafkaTestEvents.topicOf(event.getClass()), event.subject(),
                CloudEventHeaders.of(event, ceId, Instant.now()), json.writeValueAsBytes(event));
    }

    /** Sends any bytes with these headers (as UTF-8 text). */
    void publishRaw(String topic, String key, Map<String, String> headers, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        Map<String, String> types = new LinkedHashMap<>();
        headers.forEach((name, text) -> {
            record.headers().add(new RecordHeader(name, text.getBytes(StandardCharsets.UTF_8)));
            types.put(name, String.class.getName());
        });
        record.headers().add(new RecordHeader(CloudEventHeaders.SPRING_JSON_HEADER_TYPES, json.writeValueAsBytes(types)));
        sent.add(producer.send(record));
    }

    /** Waits until the broker acknowledged everything sent so far. */
    void flush() {
        producer.flush();
        try {
            for (Future<RecordMetadata> future : sent) {
                future.get(60, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("An event was not acknowledged", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        sent.clear();
    }

    @Override
    public void close() {
        producer.close();
    }
}
