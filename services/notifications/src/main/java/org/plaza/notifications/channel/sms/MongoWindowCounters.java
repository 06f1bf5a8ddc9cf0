package org.plaza.notifications.channel.sms;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * {@link WindowCounters} in the collection {@code sms_counters}: one document per key and window,
 * {@code _id = <key>|<window start>}, counted with one atomic upsert. Keys hold hashes, never numbers.
 * Old windows are removed by {@link #forgetBefore}.
 */
@Component
class MongoWindowCounters implements WindowCounters {

    static final String COLLECTION = "sms_counters";

    private final MongoTemplate mongo;

    MongoWindowCounters(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public long increment(String key, Instant windowStart) {
        Document counted = mongo.findAndModify(query(where("_id").is(key + "|" + windowStart.toEpochMilli())),
                new Update().inc("count", 1).setOnInsert("windowStart", windowStart),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
        return counted == null ? 1 : ((Number) counted.get("count")).longValue();
    }

    @Override
    public void forgetBefore(Instant before) {
        mongo.remove(query(where("windowStart").lt(before)), COLLECTION);
    }
}
