package org.plaza.notifications.consent;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.plaza.events.notifications.RecipientUnsubscribed;
import org.plaza.notifications.template.Category;
import org.plaza.starter.id.Ids;
import org.plaza.starter.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One use of an unsubscribe link, kept so that {@link RecipientUnsubscribed} leaves through the outbox in the same
 * write: the supporters service withdraws the same consent. It holds no address (the recipient key is the
 * supporter id).
 */
@Document(UnsubscribeRecord.COLLECTION)
class UnsubscribeRecord extends OutboxAggregate {

    static final String COLLECTION = "unsubscribes";

    @Id
    private String id;
    private String recipientKey;
    private List<String> categories;
    private String viaRequestId;
    private Instant at;

    UnsubscribeRecord() {
    }

    /**
     * A resident texted a stop word from a number that texts to {@code supporterId} went to: announced with channel
     * SMS and source SMS_KEYWORD.
     */
    static UnsubscribeRecord byText(String supporterId, Collection<Category> categories, Instant at) {
        UnsubscribeRecord record = new UnsubscribeRecord();
        record.id = Ids.next("uns", at);
        record.recipientKey = supporterId;
        record.categories = categories.stream().filter(c -> !c.alwaysSent()).map(Category::name).toList();
        record.at = at;
        record.raise(new RecipientUnsubscribed(record.id, supporterId, "SMS", record.categories, null, at,
                RecipientUnsubscribed.SMS_KEYWORD));
        return record;
    }

    static UnsubscribeRecord of(String recipientKey, Collection<Category> categories, String viaRequestId, Instant at) {
        UnsubscribeRecord record = new UnsubscribeRecord();
        record.id = Ids.next("uns", at);
        record.recipientKey = recipientKey;
        record.categories = categories.stream().filter(c -> !c.alwaysSent()).map(Category::name).toList();
        record.viaRequestId = UnsubscribeLinks.validVia(viaRequestId) ? viaRequestId : null;
        record.at = at;
        record.raise(new RecipientUnsubscribed(record.id, recipientKey, "EMAIL", record.categories, record.viaRequestId,
                at));
        return record;
    }

    List<String> categories() {
        return categories;
    }
}
