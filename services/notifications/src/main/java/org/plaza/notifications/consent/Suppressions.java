package org.plaza.notifications.consent;

import java.time.Instant;
import java.util.Collection;

import org.bson.Document;
import org.plaza.notifications.template.Category;
import org.plaza.starter.mongo.Existence;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The suppression list: one document per (recipient key, category), {@code _id = <key>|<category>}.
 * The recipient key is the supporter id, a keyed hash of the canonical email, so the list holds no
 * address, and {@code Ana.Perez+x@gmail.com} and {@code anaperez@gmail.com} are one recipient.
 * It is never purged: forgetting an unsubscribe would mail someone who asked us to stop. {@code decidedAt} is the
 * latest time the person asked to stop (one-click, or a consent withdrawn on the supporters' "my data" page).
 */
@Component
public class Suppressions {

    static final String COLLECTION = "suppressions";

    private final MongoTemplate mongo;
    private final MeterRegistry meters;

    Suppressions(MongoTemplate mongo, MeterRegistry meters) {
        this.mongo = mongo;
        this.meters = meters;
    }

    public boolean suppressed(String recipientKey, Category category) {
        return !category.alwaysSent()
                && Existence.exists(mongo, Query.query(Criteria.where("_id").is(id(recipientKey, category))), COLLECTION);
    }

    /**
     * Unsubscribes through a link, and announces it ({@code RecipientUnsubscribed}, through the outbox) so the
     * supporters service withdraws the same consent; {@code viaRequestId} names the message whose link was used.
     * The announcement is written first: a crash in between leaves the recipient to press the button again, never
     * an unsubscribe that supporters does not hear of. (A consent change that comes from supporters suppresses
     * without announcing, so the two services never echo each other.)
     */
    public void unsubscribe(String recipientKey, Collection<Category> categories, String viaRequestId, Instant at) {
        UnsubscribeRecord record = UnsubscribeRecord.of(recipientKey, categories, viaRequestId, at);
        if (!record.categories().isEmpty()) {
            mongo.save(record);
        }
        suppress(recipientKey, categories, at);
    }

    /**
     * A resident texted a stop word: announces it for each supporter the number's texts went to (so supporters
     * withdraws their SMS consent), then suppresses the texts' key.
     */
    void stopTexts(String textKey, Collection<String> supporterIds, Collection<Category> categories, Instant at) {
        for (String supporterId : supporterIds) {
            mongo.save(UnsubscribeRecord.byText(supporterId, categories, at));
        }
        suppress(textKey, categories, at);
    }

    /**
     * A resident texted START or ALTA: texts to their number resume, and each supporter texts to it went to hears of
     * it ({@code RecipientResubscribed} with channel SMS), so their SMS consent is restored as it was withdrawn.
     */
    void resumeTexts(String textKey, Collection<String> supporterIds, Collection<Category> categories, Instant at) {
        for (String supporterId : supporterIds) {
            ResubscribeRecord record = ResubscribeRecord.byText(supporterId, categories, at);
            if (!record.categories().isEmpty()) {
                mongo.save(record);
            }
        }
        categories.forEach(category -> resubscribe(textKey, category, at));
    }

    /** Unsubscribes; repeating it changes nothing (the first time is kept). */
    public void suppress(String recipientKey, Collection<Category> categories, Instant at) {
        for (Category category : categories) {
            if (category.alwaysSent()) {
                continue;
            }
            mongo.upsert(Query.query(Criteria.where("_id").is(id(recipientKey, category))),
                    new Update().setOnInsert("recipientKey", recipientKey).setOnInsert("category", category.name())
                            .setOnInsert("since", at).max("decidedAt", at),
                    COLLECTION);
            meters.counter("plaza.notifications.unsubscribes", "category", category.name()).increment();
        }
    }

    /**
     * Subscribes again from the unsubscribe page, and announces it ({@code RecipientResubscribed}, through the outbox)
     * so the supporters service restores the same consent; written first, like {@link #unsubscribe}.
     */
    public void resubscribe(String recipientKey, Collection<Category> categories, Instant at) {
        ResubscribeRecord record = ResubscribeRecord.of(recipientKey, categories, at);
        if (!record.categories().isEmpty()) {
            mongo.save(record);
        }
        for (Category category : categories) {
            mongo.remove(Query.query(Criteria.where("_id").is(id(recipientKey, category))), Document.class, COLLECTION);
        }
    }

    /**
     * Resubscribes to one category because the person agreed again at {@code decidedAt}, unless they unsubscribed
     * after that moment (a late or replayed decision never undoes a newer unsubscribe).
     */
    public void resubscribe(String recipientKey, Category category, Instant decidedAt) {
        mongo.remove(Query.query(Criteria.where("_id").is(id(recipientKey, category)).and("decidedAt").lte(decidedAt)),
                Document.class, COLLECTION);
    }

    private static String id(String recipientKey, Category category) {
        return recipientKey + "|" + category.name();
    }
}
