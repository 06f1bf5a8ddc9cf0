package org.plaza.insights.projection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;

/** Upserts on raw documents, so every value is stored exactly as written (dates as BSON dates, days as ISO text). */
class FactWriter {

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoTemplate mongo;

    FactWriter(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Sets these fields on the document with this id, creating it if needed. */
    void upsert(String collection, Object id, Document set) {
        upsert(collection, id, set, null);
    }

    /** Sets fields, and others only when the document is created. */
    void upsert(String collection, Object id, Document set, Document setOnInsert) {
        Document update = new Document("$set", set);
        if (setOnInsert != null && !setOnInsert.isEmpty()) {
            update.append("$setOnInsert", setOnInsert);
        }
        mongo.getCollection(collection).updateOne(Filters.eq("_id", id), update, UPSERT);
    }

    /** Creates the document with these fields unless one with this id exists; answers whether it did. */
    boolean insertIfAbsent(String collection, Object id, Document fields) {
        return mongo.getCollection(collection).updateOne(Filters.eq("_id", id), new Document("$setOnInsert", fields), UPSERT)
                .getUpsertedId() != null;
    }

    /** Sets these fields on the document the filter matches, if any; answers whether one matched. */
    boolean setWhere(String collection, Bson filter, Document set) {
        return mongo.getCollection(collection).updateOne(filter, new Document("$set", set)).getMatchedCount() > 0;
    }

    void update(String collection, Bson filter, Document update, boolean upsert) {
        if (upsert) {
            mongo.getCollection(collection).updateOne(filter, update, UPSERT);
        } else {
            mongo.getCollection(collection).updateMany(filter, update);
        }
    }

    Document find(String collection, Object id) {
        return mongo.getCollection(collection).find(Filters.eq("_id", id)).first();
    }

    com.mongodb.client.MongoCollection<Document> collection(String name) {
        return mongo.getCollection(name);
    }

    static Date date(Instant at) {
        return at == null ? null : Date.from(at);
    }

    static String day(LocalDate day) {
        return day == null ? null : day.toString();
    }

    static Document counts(Map<String, Integer> counts) {
        Document doc = new Document();
        if (counts != null) {
            counts.forEach(doc::append);
        }
        return doc;
    }
}
