package org.plaza.supporters.broadcast;

import java.util.Locale;
import java.util.Optional;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Counts what notifications reports back about each broadcast's requests, emails ({@code <broadcastId>:<supporterId>})
 * and texts ({@code <broadcastId>:<supporterId>:sms}) apart: delivered, failed, unsubscribed through its link. Each outcome of a request is counted once: it is first written
 * under its own key ({@code broadcast_outcomes}, unique {@code _id}), and only the write that created it adds to the
 * broadcast's counts ({@code broadcast_reports}). A crash between the two leaves one outcome uncounted, never counted
 * twice. Test sends ({@code <broadcastId>:test:…}) are not counted.
 */
@Component
public class DeliveryTally {

    static final String REPORTS = "broadcast_reports";
    static final String OUTCOMES = "broadcast_outcomes";

    private final MongoTemplate mongo;

    DeliveryTally(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** An outcome of one request, if it is a broadcast recipient's email or text. */
    public void count(String requestId, Outcome outcome) {
        Optional<String> broadcastId = broadcastOf(requestId);
        if (broadcastId.isEmpty()) {
            return;
        }
        try {
            mongo.insert(new Document("_id", requestId + "|" + outcome.name()), OUTCOMES);
        } catch (DuplicateKeyException alreadyCounted) {
            return;
        }
        mongo.upsert(Query.query(Criteria.where("_id").is(broadcastId.get())),
                new Update().inc(field(outcome, isText(requestId)), 1), REPORTS);
    }

    /** The report of a broadcast, with what the broadcast itself knows (queued, skipped). */
    public BroadcastReport reportOf(Broadcast broadcast) {
        Document counts = mongo.findById(broadcast.id(), Document.class, REPORTS);
        return new BroadcastReport(broadcast.queued(), number(counts, field(Outcome.DELIVERED, false)),
                number(counts, field(Outcome.FAILED, false)), number(counts, field(Outcome.UNSUBSCRIBED, false)),
                broadcast.skipped(), broadcast.textsQueued(), number(counts, field(Outcome.DELIVERED, true)),
                number(counts, field(Outcome.FAILED, true)));
    }

    /**
     * The broadcast a request belongs to, if it is a recipient's email ({@code brd_…:sup_…}) or text
     * ({@code brd_…:sup_…:sms}); a test send ({@code brd_…:test:n:es}) is neither.
     */
    static Optional<String> broadcastOf(String requestId) {
        if (requestId == null || !requestId.startsWith("brd_")) {
            return Optional.empty();
        }
        String[] parts = requestId.split(":", -1);
        boolean recipient = parts.length == 2 || (parts.length == 3 && isText(requestId));
        return recipient && parts[1].startsWith("sup_") ? Optional.of(parts[0]) : Optional.empty();
    }

    private static boolean isText(String requestId) {
        return requestId.endsWith(Broadcast.TEXT_SUFFIX);
    }

    /** {@code delivered}, {@code failed}, {@code unsubscribed} for emails, {@code texts.…} for texts. */
    private static String field(Outcome outcome, boolean text) {
        return text ? "texts." + outcome.field() : outcome.field();
    }

    private static long number(Document counts, String field) {
        Object value = counts;
        for (String part : field.split("\\.")) {
            value = value instanceof Document document ? document.get(part) : null;
        }
        return value instanceof Number number ? number.longValue() : 0;
    }

    /** What notifications reported about a request. */
    public enum Outcome {
        DELIVERED, FAILED, UNSUBSCRIBED;

        String field() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
