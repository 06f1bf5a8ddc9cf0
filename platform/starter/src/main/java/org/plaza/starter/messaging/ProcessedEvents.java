package org.plaza.starter.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.plaza.starter.mongo.Existence;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

/**
 * The events each consumer has already handled, one document per (consumer, {@code ce_id}) keyed
 * on {@code _id}, so the unique primary key is the guard against counting an event twice. Each records
 * when it was handled ({@code at}); an id is forgotten {@code retention} later, far beyond any window in
 * which the same event can arrive again (a republished outbox event within minutes, a redelivery within the
 * topics' retention): by a TTL index on MongoDB, and by {@link #purgeHandledBefore} on the purge schedule,
 * for the embedded server, which keeps TTL indexes without applying them.
 */
public class ProcessedEvents {

    public static final String COLLECTION = "plaza_processed_events";
    static final String HANDLED_AT = "at";
    static final String TTL_INDEX = "plaza_processed_events_ttl";
    static final String CONSUMER_INDEX = "plaza_processed_events_consumer";

    private final MongoTemplate mongo;
    private final Duration retention;

    public ProcessedEvents(MongoTemplate mongo) {
        this(mongo, Duration.ofDays(30));
    }

    public ProcessedEvents(MongoTemplate mongo, Duration retention) {
        this.mongo = mongo;
        this.retention = retention;
    }

    /** The TTL index on the handling time and the index {@link #forget} reads; idempotent. */
    public void createIndexes() {
        var collection = mongo.getCollection(COLLECTION);
        collection.createIndex(Indexes.ascending(HANDLED_AT),
                new IndexOptions().name(TTL_INDEX).expireAfter(retention.toSeconds(), TimeUnit.SECONDS));
        collection.createIndex(Indexes.ascending("consumer"), new IndexOptions().name(CONSUMER_INDEX));
    }

    /** Forgets the ids handled before {@code now} minus the retention; returns how many. */
    public long purge(Instant now) {
        return purgeHandledBefore(now.minus(retention));
    }

    long purgeHandledBefore(Instant cutoff) {
        return mongo.getCollection(COLLECTION).deleteMany(Filters.lt(HANDLED_AT, java.util.Date.from(cutoff)))
                .getDeletedCount();
    }

    public Duration retention() {
        return retention;
    }

    public boolean alreadyHandled(String consumer, String eventId) {
        return Existence.exists(mongo, Query.query(Criteria.where("_id").is(key(consumer, eventId))), COLLECTION);
    }

    /** Records the event as handled; a second call for the same event is a no-op. */
    public void remember(String consumer, String eventId, String type) {
        Document doc = new Document("_id", key(consumer, eventId)).append("consumer", consumer)
                .append("eventId", eventId).append("type", type).append(HANDLED_AT, java.util.Date.from(Instant.now()));
        try {
            mongo.getCollection(COLLECTION).insertOne(doc);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    /** Forgets everything a consumer handled, before its projection is rebuilt from the start of the topics. */
    public long forget(String consumer) {
        return mongo.remove(Query.query(Criteria.where("consumer").is(consumer)), COLLECTION).getDeletedCount();
    }

    static String key(String consumer, String eventId) {
        return consumer + "|" + eventId;
    }
}
