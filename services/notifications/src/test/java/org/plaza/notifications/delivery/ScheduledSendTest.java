package org.plaza.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plaza.events.comments.CommentDriveClosed;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.outreach.ShiftCancelled;
import org.plaza.notifications.NotificationsServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Scheduled sends fire at their time, once; cancelled items void their pending reminders. (A send interrupted by a
 * crash is recovered through the dispatch queue: {@link DispatchQueueTest}.)
 */
class ScheduledSendTest extends NotificationsServiceTest {

    @Autowired
    MongoTemplate mongo;

    @Test
    void reminderIsHeldUntilItsTimeAndThenSentOnce() {
        String requestId = uniqueId("ntf-24h");
        String email = address("example.org");
        Instant sendAt = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.MILLIS);

        events.publish(reminder(requestId, email, sendAt, "shift-" + requestId, "signup-" + requestId));

        NotificationView stored = awaitStored(requestId);
        assertThat(stored.dueAt()).isEqualTo(sendAt);
        NotificationView sent = awaitState(requestId, "SENT");
        assertThat(sent.history().get(0).at()).isAfterOrEqualTo(sendAt);
        assertThat(awaitMessagesTo(email, 1)).hasSize(1);
    }

    @Test
    void cancelledShiftCancelsEveryPendingReminderForItButNoOther() {
        String shift = uniqueId("shift");
        String other = uniqueId("shift");
        Instant later = Instant.now().plus(Duration.ofHours(20));
        String first = uniqueId("ntf-r1");
        String second = uniqueId("ntf-r2");
        String unrelated = uniqueId("ntf-r3");
        events.publish(reminder(first, address("example.org"), later, shift, uniqueId("signup")));
        events.publish(reminder(second, address("example.org"), later, shift, uniqueId("signup")));
        events.publish(reminder(unrelated, address("example.org"), later, other, uniqueId("signup")));
        awaitStored(first);
        awaitStored(second);
        awaitStored(unrelated);

        events.publish(new ShiftCancelled(shift, "cmp-1", ShiftCancelled.Scope.SHIFT, null, null, null,
                ShiftCancelled.CancelledBy.ORGANIZER, "staff-1", 0, Instant.now()));

        awaitState(first, "CANCELLED");
        awaitState(second, "CANCELLED");
        assertThat(deliveryLog.find(unrelated).orElseThrow().state()).isEqualTo("PENDING");
    }

    @Test
    void cancelledSignUpCancelsOnlyThatVolunteersReminders() {
        String shift = uniqueId("shift");
        String cancelledSignup = uniqueId("signup");
        Instant later = Instant.now().plus(Duration.ofHours(20));
        String mine = uniqueId("ntf-mine");
        String theirs = uniqueId("ntf-theirs");
        events.publish(reminder(mine, address("example.org"), later, shift, cancelledSignup));
        events.publish(reminder(theirs, address("example.org"), later, shift, uniqueId("signup")));
        awaitStored(mine);
        awaitStored(theirs);

        events.publish(new ShiftCancelled(shift, "cmp-1", ShiftCancelled.Scope.SIGN_UP, cancelledSignup, "vol-1",
                "sup_x", ShiftCancelled.CancelledBy.VOLUNTEER, null, 1, Instant.now()));

        awaitState(mine, "CANCELLED");
        assertThat(deliveryLog.find(theirs).orElseThrow().state()).isEqualTo("PENDING");
    }

    @Test
    void reminderRequestedBeforeACancellationThatArrivedFirstIsCancelledOnArrival() {
        String shift = uniqueId("shift");
        Instant requestedAt = Instant.now();
        String requestId = uniqueId("ntf-late");
        events.publish(new ShiftCancelled(shift, "cmp-1", ShiftCancelled.Scope.SHIFT, null, null, null,
                ShiftCancelled.CancelledBy.ORGANIZER, "staff-1", 0, requestedAt.plusSeconds(1)));
        awaitTombstone(shift);

        NotificationRequested reminder = reminder(requestId, address("example.org"),
                Instant.now().plus(Duration.ofHours(2)), shift, uniqueId("signup"));
        events.publish(new NotificationRequested(reminder.requestId(), reminder.requestingService(), reminder.category(),
                reminder.templateKey(), reminder.locale(), reminder.recipientEmail(), reminder.recipientDisplayName(),
                reminder.templateParameters(), reminder.campaignId(), reminder.supporterId(), reminder.relatedIds(),
                reminder.sendAt(), null, requestedAt));

        awaitState(requestId, "CANCELLED");
    }

    @Test
    void closedDriveCancelsItsClosingSoonReminder() {
        String drive = uniqueId("drv");
        String requestId = uniqueId("ntf-closing");
        events.publish(new NotificationRequested(requestId, "comments", "CAMPAIGN_UPDATES", "comments.closing-soon", "es",
                address("example.org"), null, Map.of("itemTitle", "Tarifas de agua 2026", "publicBody",
                        "la Junta del Distrito de Agua", "deadline", "11 de mayo, 17:00",
                        "driveUrl", "https://plaza.example/comments/agua"),
                "cmp-1", null, List.of(drive), Instant.now().plus(Duration.ofHours(12)), null, Instant.now()));
        awaitStored(requestId);

        events.publish(new CommentDriveClosed(drive, "cmp-1", CommentDriveClosed.Reason.CLOSED_BY_ORGANIZER,
                Instant.now(), 12, "staff-1", Instant.now()));

        awaitState(requestId, "CANCELLED");
    }

    @Test
    void reminderWhoseTimePassedLongAgoIsDroppedAsExpired() {
        String requestId = uniqueId("ntf-stale");
        String email = address("example.org");

        events.publish(reminder(requestId, email, Instant.now().minus(Duration.ofHours(3)), uniqueId("shift"),
                uniqueId("signup")));

        assertThat(awaitState(requestId, "EXPIRED").attempts()).isZero();
        assertThat(messagesTo(email)).isEmpty();
    }

    private void awaitTombstone(String itemId) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mongo.exists(query(where("_id").is(itemId)), Cancellations.COLLECTION));
    }

    static NotificationRequested reminder(String requestId, String email, Instant sendAt, String shiftId,
            String signupId) {
        return new NotificationRequested(requestId, "outreach", "REMINDERS", "outreach.shift-reminder-24h", "es", email,
                "Ana", Map.of("shiftTitle", "Puerta a puerta en Mecca", "startsAt", "sábado 16 de mayo, 9:00",
                        "place", "Centro comunitario de Mecca", "manageUrl", "https://plaza.example/outreach/s/1"),
                "cmp-1", "sup_x", List.of(shiftId, signupId), sendAt, null, Instant.now());
    }
}
