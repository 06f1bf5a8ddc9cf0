package org.plaza.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.plaza.events.outreach.ShiftCancelled;
import org.plaza.notifications.NotificationsServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Remembered cancellations and scheduled items do not pile up forever: they are forgotten once the contact
 * retention period (7 days) has passed since the cancellation was remembered, or since the item's last scheduled send.
 */
class ForgettingCancellationsTest extends NotificationsServiceTest {

    private static final Duration RETENTION = Duration.ofDays(7);

    @Autowired
    Cancellations cancellations;

    @Autowired
    MongoTemplate mongo;

    @Test
    void cancellationIsForgottenAfterTheRetentionPeriodSinceItWasRemembered() {
        String shift = uniqueId("shift");
        events.publish(new ShiftCancelled(shift, "cmp-1", ShiftCancelled.Scope.SHIFT, null, null, null,
                ShiftCancelled.CancelledBy.ORGANIZER, "staff-1", 0, Instant.now().minus(Duration.ofDays(30))));
        Instant remembered = await().atMost(Duration.ofSeconds(30)).until(() -> tombstone(shift), doc -> doc != null)
                .getDate("rememberedAt").toInstant();

        cancellations.forget(remembered.plus(RETENTION).minusSeconds(1));
        assertThat(tombstone(shift)).as("within the retention period, though cancelled a month ago").isNotNull();

        cancellations.forget(remembered.plus(RETENTION).plusSeconds(1));
        assertThat(tombstone(shift)).isNull();
    }

    @Test
    void cancellationRememberedBeforeItsTimeWasKeptIsForgottenByItsCancellationTime() {
        Instant now = Instant.now();
        String old = uniqueId("drv");
        String recent = uniqueId("drv");
        mongo.insert(new Document("_id", old).append("cancelledAt", now.minus(RETENTION).minusSeconds(60)),
                Cancellations.COLLECTION);
        mongo.insert(new Document("_id", recent).append("cancelledAt", now.minus(Duration.ofDays(1))),
                Cancellations.COLLECTION);

        cancellations.forget(now);

        assertThat(tombstone(old)).isNull();
        assertThat(tombstone(recent)).isNotNull();
    }

    @Test
    void scheduledItemIsForgottenAfterTheRetentionPeriodSinceItsLastScheduledSend() {
        String shift = uniqueId("shift");
        Instant first = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MILLIS);
        Instant last = first.plus(Duration.ofHours(22));
        String early = uniqueId("ntf-2h");
        String late = uniqueId("ntf-24h");
        events.publish(ScheduledSendTest.reminder(late, address("example.org"), last, shift, uniqueId("signup")));
        events.publish(ScheduledSendTest.reminder(early, address("example.org"), first, shift, uniqueId("signup")));
        awaitStored(late);
        awaitStored(early);
        assertThat(scheduledItem(shift).getDate("lastSendAt").toInstant()).isEqualTo(last);

        cancellations.forget(last.plus(RETENTION).minusSeconds(1));
        assertThat(scheduledItem(shift).getList("notificationIds", String.class)).containsExactlyInAnyOrder(early, late);

        cancellations.forget(last.plus(RETENTION).plusSeconds(1));
        assertThat(scheduledItem(shift)).isNull();
    }

    @Test
    void scheduledItemStoredBeforeItsLastSendWasKeptIsDatedFromItsNotifications() {
        String shift = uniqueId("shift");
        String reminder = uniqueId("ntf-24h");
        Instant sendAt = Instant.now().plus(Duration.ofHours(20)).truncatedTo(ChronoUnit.MILLIS);
        events.publish(ScheduledSendTest.reminder(reminder, address("example.org"), sendAt, shift, uniqueId("signup")));
        awaitStored(reminder);
        mongo.updateFirst(query(where("_id").is(shift)), new Update().unset("lastSendAt"), Cancellations.SCHEDULED);
        String gone = uniqueId("shift");
        mongo.insert(new Document("_id", gone).append("notificationIds", List.of(uniqueId("ntf-never-stored"))),
                Cancellations.SCHEDULED);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        cancellations.forget(now);

        assertThat(scheduledItem(shift).getDate("lastSendAt").toInstant()).isEqualTo(sendAt);
        assertThat(scheduledItem(gone).getDate("lastSendAt").toInstant()).as("nothing left to read: dated now")
                .isEqualTo(now);
    }

    private Document tombstone(String itemId) {
        return mongo.findById(itemId, Document.class, Cancellations.COLLECTION);
    }

    private Document scheduledItem(String itemId) {
        return mongo.findById(itemId, Document.class, Cancellations.SCHEDULED);
    }
}
