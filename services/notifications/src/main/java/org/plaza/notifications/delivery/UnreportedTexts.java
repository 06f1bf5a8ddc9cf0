package org.plaza.notifications.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The texts the provider took whose final delivery report has not been applied yet, one small entry each, keyed by
 * notification id, with when to ask the provider about it next ({@code checkAt}, indexed). The dispatcher writes an
 * entry before it records a text as sent (so a crash in between leaves an extra entry, which the reconciler drops,
 * never a missing one); applying a final report removes it. Every write names the entry's {@code _id}, and the
 * reconciler reads only the due range of {@code checkAt}, so the notifications collection is never searched.
 */
@Component
class UnreportedTexts {

    static final String COLLECTION = "unreported_texts";

    /** A text waiting for its report: when it was sent, when to ask next, how often it was asked. */
    @Document(COLLECTION)
    record Entry(@Id String id, @Indexed(name = "check") Instant checkAt, Instant sentAt, int checks) {
    }

    private final MongoTemplate mongo;

    UnreportedTexts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The text of {@code requestId} is being recorded as sent at {@code sentAt}: ask about it at {@code checkAt}. */
    void awaiting(String requestId, Instant sentAt, Instant checkAt) {
        mongo.upsert(byKey(requestId), new Update().setOnInsert("checkAt", checkAt).setOnInsert("sentAt", sentAt)
                .setOnInsert("checks", 0), Entry.class);
    }

    /** The entries due by {@code now}, most overdue first. */
    List<Entry> due(Instant now, int limit) {
        return mongo.find(query(where("checkAt").lte(now)).with(Sort.by("checkAt")).limit(limit), Entry.class);
    }

    /** Asked once more without a final answer: look again at {@code next}. */
    void askedAgainAt(Entry entry, Instant next) {
        mongo.updateFirst(byKey(entry.id()), new Update().set("checkAt", next).inc("checks", 1), Entry.class);
    }

    /** The text has its final report (or will never get one): forget it. */
    void settled(String requestId) {
        mongo.remove(byKey(requestId), Entry.class);
    }

    private static Query byKey(String id) {
        return query(where("_id").is(id));
    }
}
