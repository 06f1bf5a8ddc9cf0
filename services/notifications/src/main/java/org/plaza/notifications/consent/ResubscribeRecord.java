package org.plaza.notifications.consent;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.plaza.events.notifications.RecipientResubscribed;
import org.plaza.notifications.template.Category;
import org.plaza.starter.id.Ids;
import org.plaza.starter.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One "subscribe again" on the unsubscribe page, or one START/ALTA texted back, kept so that
 * {@link RecipientResubscribed} leaves through the outbox in the same write: the supporters service restores the same
 * consent. It holds no address or number (the recipient key is the supporter id).
 */
@Document(ResubscribeRecord.COLLECTION)
class ResubscribeRecord extends OutboxAggregate {

    static final String COLLECTION = "resubscribes";

    @Id
    private String id;
    private String recipientKey;
    private List<String> categories;
    private Instant at;

    ResubscribeRecord() {
    }

    static ResubscribeRecord of(String recipientKey, Collection<Category> categories, Instant at) {
        return of(recipientKey, "EMAIL", categories, at);
    }

    /** A resident texted START or ALTA from a number that texts to {@code supporterId} went to: announced as SMS. */
    static ResubscribeRecord byText(String supporterId, Collection<Category> categories, Instant at) {
        return of(supporterId, "SMS", categories, at);
    }

    private static ResubscribeRecord of(String recipientKey, String channel, Collection<Category> categories,
            Instant at) {
        ResubscribeRecord record = new ResubscribeRecord();
        record.id = Ids.next("res", at);
        record.recipientKey = recipientKey;
        record.categories = categories.stream().filter(c -> !c.alwaysSent()).map(Category::name).toList();
        record.at = at;
        record.raise(new RecipientResubscribed(record.id, recipientKey, channel, record.categories, at));
        return record;
    }

    List<String> categories() {
        return categories;
    }
}
