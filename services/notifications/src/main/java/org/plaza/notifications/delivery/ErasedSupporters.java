package org.plaza.notifications.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.bson.Document;
import org.plaza.starter.retention.ErasureStep;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * What notifications does for a supporter who asked to be erased, before the retention kit erases the contact
 * details of every notification to them ({@link ContactRetention}):
 * <ul>
 * <li>every notification to them not sent yet (pending, scheduled, being sent) is cancelled, so nothing is sent
 * to the address any more;</li>
 * <li>the erasure is remembered ({@value #COLLECTION}: the pseudonymous supporter id and when, nothing else), so a
 * request asked for before the erasure that arrives after it (still in a service's outbox or on the topic) is
 * stored as cancelled, without its contact details. It is forgotten {@code contact-retention} later, longer than
 * the request topic keeps a request.</li>
 * </ul>
 * The suppression list is left as it is: it is keyed by the same pseudonym and holds no address, and forgetting an
 * unsubscribe would mail the person again if they ever come back with the same address.
 */
@Component
class ErasedSupporters implements ErasureStep {

    static final String COLLECTION = "erased_supporters";

    private final MongoTemplate mongo;
    private final Notifications notifications;

    ErasedSupporters(MongoTemplate mongo, Notifications notifications) {
        this.mongo = mongo;
        this.notifications = notifications;
    }

    @Override
    public void erase(String supporterId, Instant at) {
        mongo.upsert(query(where("_id").is(supporterId)), new Update().max("erasedAt", at), COLLECTION);
        notifications.cancelUnsent(supporterId, at);
    }

    /** Whether a request asked for at {@code requestedAt} concerns a supporter erased since. */
    boolean erasedSince(String supporterId, String recipientKey, Instant requestedAt) {
        List<String> keys = Stream.of(supporterId, recipientKey).filter(Objects::nonNull).distinct().toList();
        return mongo.find(query(where("_id").in(keys)), Document.class, COLLECTION).stream()
                .map(erasure -> erasure.getDate("erasedAt").toInstant())
                .anyMatch(erasedAt -> requestedAt == null || !requestedAt.isAfter(erasedAt));
    }

    /** Forgets erasures older than {@code before}; returns how many. */
    long forget(Instant before) {
        return mongo.remove(query(where("erasedAt").lt(before)), COLLECTION).getDeletedCount();
    }
}
