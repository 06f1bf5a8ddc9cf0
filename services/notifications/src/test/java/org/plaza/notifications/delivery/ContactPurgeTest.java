package org.plaza.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.plaza.notifications.NotificationsServiceTest;
import org.plaza.starter.retention.PersonalDataRetention;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Contact details are erased after delivery plus the retention period (the starter's retention kit over
 * {@link ContactRetention}); the delivery log stays.
 */
class ContactPurgeTest extends NotificationsServiceTest {

    @Autowired
    ContactPurge purge;

    @Autowired
    PersonalDataRetention retention;

    @Autowired
    MongoTemplate mongo;

    @Test
    void contactDetailsAreErasedAfterTheRetentionPeriodAndTheLogStays() {
        String requestId = uniqueId("ntf-purge");
        String pending = uniqueId("ntf-keep");
        String email = address("example.org");
        events.publish(verification(requestId, "es", email));
        events.publish(ScheduledSendTest.reminder(pending, address("example.org"), Instant.now().plus(Duration.ofDays(30)),
                uniqueId("shift"), uniqueId("signup")));
        NotificationView sent = awaitState(requestId, "SENT");
        awaitStored(pending);

        retention.anonymizeDue(sent.completedAt().plus(Duration.ofDays(7)).minusSeconds(1));
        assertThat(raw(requestId).toJson()).as("within the retention period").contains(email);

        retention.anonymizeDue(sent.completedAt().plus(Duration.ofDays(7)).plusSeconds(1));

        Document purged = raw(requestId);
        assertThat(purged.toJson()).doesNotContain(email, "482913", "Ana", "confirm?t=abc");
        assertThat(purged.getString("state")).isEqualTo("SENT");
        assertThat(purged.getString("templateKey")).isEqualTo("petitions.signature-verification");
        NotificationView log = deliveryLog.find(requestId).orElseThrow();
        assertThat(log.contactDetailsKept()).isFalse();
        assertThat(log.contactPurgedAt()).isNotNull();
        assertThat(deliveryLog.find(pending).orElseThrow().contactDetailsKept()).as("pending keeps its details").isTrue();
    }

    @Test
    void theScheduledPurgeAlsoForgetsCancellationsOlderThanTheRetentionPeriod() {
        String old = uniqueId("item-old");
        String recent = uniqueId("item-recent");
        Date longAgo = Date.from(Instant.now().minus(Duration.ofDays(30)));
        Date yesterday = Date.from(Instant.now().minus(Duration.ofDays(1)));
        mongo.insert(new Document("_id", old).append("cancelledAt", longAgo).append("rememberedAt", longAgo),
                Cancellations.COLLECTION);
        mongo.insert(new Document("_id", recent).append("cancelledAt", yesterday).append("rememberedAt", yesterday),
                Cancellations.COLLECTION);

        purge.purgeOnSchedule();

        assertThat(mongo.findById(old, Document.class, Cancellations.COLLECTION)).isNull();
        assertThat(mongo.findById(recent, Document.class, Cancellations.COLLECTION)).isNotNull();
    }

    private Document raw(String requestId) {
        return mongo.findOne(query(where("_id").is(requestId)), Document.class, "notifications");
    }
}
