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
 * Counts what notifications reports back about each broadcast's requests ({@code <broadcastId>:<supporterId>}):
 * delivered, failed, unsubscribed through its link. Each outcome of a request is counted once: it is first written
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

    /** An outcome of one request, if it is a broadcast recipient's. */
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
        mongo.upsert(Query.query(Criteria.where("_id").is(broadcastId.get())), new Update().inc(outcome.field(), 1),
                REPORTS);
    }

    /** The report of a broadcast, with what the broadcast itself knows (queued, skipped). */
    public BroadcastReport reportOf(Broadcast broadcast) {
        Document counts = mongo.findById(broadcast.id(), Document.class, REPORTS);
        return new BroadcastReport(broadcast.queued(), number(counts, Outcome.DELIVERED),
                number(counts, Outcome.FAILED), number(counts, Outcome.UNSUBSCRIBED), broadcast.skipped());
    }

    static Optional<String> broadcastOf(String requestId) {
        if (requestId == null || !requestId.startsWith("brd_")) {
            return Optional.empty();
        }
        String[] parts = requestId.split(":");
        return parts.length == 2 && parts[1].startsWith("sup_") ? Optional.of(parts[0]) : Optional.empty();
    }

    private static long number(Document counts, Outcome outcome) {
        return counts == null || counts.get(outcome.field()) == null ? 0
                : ((Number) counts.get(outcome.field())).longValue();
    }

    /** What notifications reported about a request. */
    public enum Outcome {
        DELIVERED, FAILED, UNSUBSCRIBED;

        String field() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
