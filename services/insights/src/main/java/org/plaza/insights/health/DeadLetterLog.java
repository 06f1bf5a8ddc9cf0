package org.plaza.insights.health;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.plaza.starter.messaging.CloudEvent;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;

/**
 * Every record on the platform's dead-letter topics ({@code error.<topic>.<group>}), keyed by its own
 * topic, partition and offset so a redelivery stores it once: which group failed on which event type
 * and why (the binder's {@code x-exception-message}, scrubbed of anything that looks personal).
 * These facts come from the dead-letter topics, not the domain topics, so a replay keeps them.
 */
@Component
public class DeadLetterLog {

    static final String COLLECTION = "insights_dead_letters";
    private static final String ERROR_PREFIX = "error.";

    private final MongoTemplate mongo;
    private final Clock clock;

    DeadLetterLog(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * One kind of dead letter and how many there are.
     *
     * @param group the consumer group that gave up
     * @param topic the topic the record came from
     * @param type  its CloudEvents type, or {@code unknown}
     */
    public record Count(String group, String topic, String type, long count) {
    }

    /** A dead-lettered record, without its payload. */
    public record Entry(String group, String topic, String type, String eventId, String error, Instant at) {
    }

    public void record(Message<byte[]> message) {
        MessageHeaders headers = message.getHeaders();
        String deadLetterTopic = text(headers.get(KafkaHeaders.RECEIVED_TOPIC));
        Object partition = headers.get(KafkaHeaders.RECEIVED_PARTITION);
        Object offset = headers.get(KafkaHeaders.OFFSET);
        String originalTopic = text(headers.get("x-original-topic"));
        if (originalTopic == null) {
            originalTopic = originalTopicOf(deadLetterTopic);
        }
        CloudEvent event = CloudEvent.from(message);
        Document doc = new Document("deadLetterTopic", deadLetterTopic)
                .append("topic", originalTopic)
                .append("group", groupOf(deadLetterTopic, originalTopic))
                .append("type", event.type() == null ? "unknown" : event.type())
                .append("eventId", event.id())
                .append("error", Redaction.scrub(text(headers.get("x-exception-message"))))
                .append("exception", text(headers.get("x-exception-fqcn")))
                .append("at", Date.from(timestamp(headers)));
        String id = deadLetterTopic + "#" + partition + "#" + offset;
        doc.put("_id", id);
        mongo.getCollection(COLLECTION).replaceOne(Filters.eq("_id", id), doc, new ReplaceOptions().upsert(true));
    }

    public long total() {
        return mongo.getCollection(COLLECTION).countDocuments();
    }

    public List<Count> counts() {
        List<Count> counts = new ArrayList<>();
        for (Document doc : mongo.aggregate(newAggregation(group("group", "topic", "type").count().as("n")),
                COLLECTION, Document.class).getMappedResults()) {
            Document id = (Document) doc.get("_id");
            counts.add(new Count(id.getString("group"), id.getString("topic"), id.getString("type"),
                    ((Number) doc.get("n")).longValue()));
        }
        counts.sort(java.util.Comparator.comparing(Count::count).reversed().thenComparing(Count::group));
        return counts;
    }

    public List<Entry> latest(int limit) {
        Query query = new Query().with(Sort.by(Sort.Direction.DESC, "at")).limit(limit);
        return mongo.find(query, Document.class, COLLECTION).stream()
                .map(doc -> new Entry(doc.getString("group"), doc.getString("topic"), doc.getString("type"),
                        doc.getString("eventId"), doc.getString("error"), ((Date) doc.get("at")).toInstant()))
                .toList();
    }

    private Instant timestamp(MessageHeaders headers) {
        Object original = headers.get("x-original-timestamp");
        String text = text(original);
        if (original instanceof byte[] bytes && bytes.length == Long.BYTES) {
            return Instant.ofEpochMilli(java.nio.ByteBuffer.wrap(bytes).getLong());
        }
        if (text != null && text.matches("\\d+")) {
            return Instant.ofEpochMilli(Long.parseLong(text));
        }
        if (headers.get(KafkaHeaders.RECEIVED_TIMESTAMP) instanceof Long millis) {
            return Instant.ofEpochMilli(millis);
        }
        return clock.instant();
    }

    static String originalTopicOf(String deadLetterTopic) {
        if (deadLetterTopic == null || !deadLetterTopic.startsWith(ERROR_PREFIX)) {
            return deadLetterTopic;
        }
        String rest = deadLetterTopic.substring(ERROR_PREFIX.length());
        int last = rest.lastIndexOf('.');
        return last < 0 ? rest : rest.substring(0, last);
    }

    static String groupOf(String deadLetterTopic, String originalTopic) {
        String prefix = ERROR_PREFIX + originalTopic + ".";
        return deadLetterTopic != null && deadLetterTopic.startsWith(prefix)
                ? deadLetterTopic.substring(prefix.length()) : "unknown";
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value.toString();
    }
}
