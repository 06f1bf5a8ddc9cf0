package org.plaza.starter.mongo;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Whether a document matches, asked as a {@code find} of one {@code _id}. Spring Data's
 * {@code exists} counts with an aggregation instead, which the embedded MongoDB-wire server
 * answers by scanning the whole collection: an idempotency check per event then grows with
 * every event ever handled.
 */
public final class Existence {

    private Existence() {
    }

    /** True when at least one document of {@code collection} matches {@code query} (field names as stored). */
    public static boolean exists(MongoOperations mongo, Query query, String collection) {
        Query probe = Query.of(query).limit(1);
        probe.fields().include("_id");
        return mongo.findOne(probe, Document.class, collection) != null;
    }
}
