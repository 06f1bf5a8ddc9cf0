package org.plaza.starter.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.KafkaNull;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;

/**
 * A Plaza event on the wire: CloudEvents 1.0 in Kafka binary mode. The attributes travel as
 * {@code ce_*} headers with UTF-8 string values, the JSON payload is the record body, and the
 * subject is also the record key so one aggregate's events stay in one partition, in order. An event
 * without data ({@code data == null}) is a tombstone: the record's value is null, which deletes the key on a
 * compacted topic; it keeps its {@code ce_*} headers, so a reader can tell what it deleted.
 */
public record CloudEvent(String id, String type, String source, String subject, Instant time, byte[] data) {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String CONTENT_TYPE = "content-type";
    public static final String JSON = "application/json";
    private static final String[] PREFIXES = { "ce_", "ce-", "ce." };

    /** The Spring message to hand to {@code StreamBridge}: headers as UTF-8 bytes, so any Kafka client reads them. */
    public Message<?> toMessage() {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(SPEC_VERSION, utf8("1.0"));
        headers.put(ID, utf8(id));
        headers.put(TYPE, utf8(type));
        headers.put(SOURCE, utf8(source));
        headers.put(SUBJECT, utf8(subject));
        headers.put(TIME, utf8(time.toString()));
        headers.put(MessageHeaders.CONTENT_TYPE, JSON);
        headers.put(KafkaHeaders.KEY, utf8(subject));
        Object payload = data == null ? KafkaNull.INSTANCE : data;
        return MessageBuilder.withPayload(payload).copyHeaders(headers).build();
    }

    /** Whether this is a tombstone (no value). */
    public boolean isTombstone() {
        return data == null;
    }

    /** Whether a received message is a tombstone: a record with a null value reaches a binding as {@link KafkaNull}. */
    public static boolean isTombstone(Message<?> message) {
        return !(message.getPayload() instanceof byte[]);
    }

    /**
     * Reads a received message's attributes; absent ones are {@code null}. Spring Cloud Function
     * may have renamed the Kafka {@code ce_} headers to its canonical {@code ce-} prefix on the
     * way in, so both are read.
     */
    public static CloudEvent from(Message<byte[]> message) {
        MessageHeaders headers = message.getHeaders();
        return new CloudEvent(attribute(headers, "id"), attribute(headers, "type"), attribute(headers, "source"),
                attribute(headers, "subject"), parseTime(headers), message.getPayload());
    }

    private static String attribute(MessageHeaders headers, String name) {
        for (String prefix : PREFIXES) {
            Object value = headers.get(prefix + name);
            if (value != null) {
                return text(value);
            }
        }
        return null;
    }

    private static Instant parseTime(MessageHeaders headers) {
        for (String prefix : PREFIXES) {
            Object value = headers.get(prefix + "time");
            if (value instanceof OffsetDateTime time) {
                return time.toInstant();
            }
            if (value != null) {
                try {
                    return OffsetDateTime.parse(text(value)).toInstant();
                } catch (RuntimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value.toString();
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
