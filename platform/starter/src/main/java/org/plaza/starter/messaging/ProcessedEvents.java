package org.plaza.starter.messaging;

import java.time.Instant;

import org.bson.Document;
import org.plaza.starter.mongo.Existence;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import com.mongodb.MongoWriteException;
import com.mongodb.ErrorCategory;

/**
 * The events each consumer has already handled, one document per (consumer, {@code ce_id}) keyed
 * on {@code _id}, so the unique primary key is the guard against counting an event twice.
 */
public class ProcessedEvents {

    public static final String COLLECTION = "plaza_processed_events";

    private final MongoTemplate mongo;

    public ProcessedEvents(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public boolean alreadyHandled(String consumer, String eventId) {
        return Existence.exists(mongo, Query.query(Criteria.where("_id").is(key(consumer, eventId))), COLLECTION);
    }

    /** Records the event as handled; a second call for the same event is a no-op. */
    public void remember(String consumer, String eventId, String type) {
        Document doc = new Document("_id", key(consumer, eventId)).append("consumer", consumer)
                .append("eventId", eventId).append("type", type).append("at", Instant.now());
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
