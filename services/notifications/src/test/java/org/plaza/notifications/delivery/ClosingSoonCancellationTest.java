package org.plaza.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;
import org.plaza.events.PlazaEvent;
import org.plaza.events.comments.CommentDriveClosed;
import org.plaza.events.comments.CommentSubmitted;
import org.plaza.events.comments.CommentWithdrawn;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.notifications.NotificationsServiceTest;
import org.plaza.starter.messaging.ProcessedEvents;
import org.plaza.starter.notification.CommentReminders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A "comments close soon" reminder is for a resident whose comment is not confirmed yet: the comment's
 * confirmation or withdrawal voids that resident's reminder, whichever topic arrives first, and no one else's. The
 * comments service asks for it only when it is due, for residents with no confirmed comment; these voids are for a
 * confirmation that crosses that request, and for reminders asked for by earlier versions at the first draft.
 */
class ClosingSoonCancellationTest extends NotificationsServiceTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    DispatchQueue queue;

    @Test
    void confirmedCommentCancelsItsResidentsReminderButNotAnotherResidentsOnTheSameDrive() {
        assertOnlyTheCommentsReminderIsCancelledBy((comment, drive) -> confirmed(comment, drive, Instant.now()));
    }

    @Test
    void withdrawnCommentCancelsItsResidentsReminderButNotAnotherResidentsOnTheSameDrive() {
        assertOnlyTheCommentsReminderIsCancelledBy(
                (comment, drive) -> new CommentWithdrawn(comment, drive, "cmp-1", "sup_x", Instant.now()));
    }

    @Test
    void reminderOfACommentConfirmedBeforeTheRequestArrivedIsCancelledOnArrivalAndAnotherResidentsIsKept() {
        String drive = uniqueId("drv");
        String comment = uniqueId("cmt");
        String mine = CommentReminders.closingSoonRequestId(drive, "sup_x");
        String theirs = CommentReminders.closingSoonRequestId(drive, "sup_y");
        Instant requestedAt = Instant.now();
        events.publish(confirmed(comment, drive, requestedAt.plusSeconds(1)));
        awaitTombstone(mine);

        events.publish(closingSoon(mine, comment, drive, requestedAt));
        events.publish(closingSoon(theirs, uniqueId("cmt"), drive, requestedAt));

        awaitState(mine, "CANCELLED");
        assertThat(awaitStored(theirs).state()).isEqualTo("PENDING");
    }

    @Test
    void confirmingALaterDraftCancelsTheReminderAskedForAtTheResidentsFirstDraftAndNoOneElses() {
        String drive = uniqueId("drv");
        String mine = CommentReminders.closingSoonRequestId(drive, "sup_x");
        String theirs = CommentReminders.closingSoonRequestId(drive, "sup_y");
        events.publish(closingSoon(mine, uniqueId("cmt-first-draft"), drive, Instant.now()));
        events.publish(closingSoon(theirs, uniqueId("cmt"), drive, Instant.now()));
        awaitStored(mine);
        awaitStored(theirs);

        events.publish(confirmed(uniqueId("cmt-later-draft"), drive, Instant.now()));

        awaitState(mine, "CANCELLED");
        assertThat(deliveryLog.find(theirs).orElseThrow().state()).isEqualTo("PENDING");
        await().atMost(Duration.ofSeconds(30)).until(() -> queue.find(mine).isEmpty());
    }

    @Test
    void aFirstDraftsReminderArrivingAfterALaterDraftWasConfirmedIsCancelledOnArrival() {
        String drive = uniqueId("drv");
        String mine = CommentReminders.closingSoonRequestId(drive, "sup_x");
        Instant requestedAt = Instant.now();
        events.publish(confirmed(uniqueId("cmt-later-draft"), drive, requestedAt.plusSeconds(1)));
        awaitTombstone(mine);

        events.publish(closingSoon(mine, uniqueId("cmt-first-draft"), drive, requestedAt));

        awaitState(mine, "CANCELLED");
    }

    /**
     * A confirmation voids the resident's reminder by its request id and remembers only that: the comment's own id
     * is neither remembered nor looked up among the scheduled sends (it wrote both for every confirmed comment).
     */
    @Test
    void aConfirmationRemembersTheResidentsReminderAndNotTheComment() {
        String drive = uniqueId("drv");
        String comment = uniqueId("cmt");
        String mine = CommentReminders.closingSoonRequestId(drive, "sup_x");
        events.publish(confirmed(comment, drive, Instant.now()));

        awaitTombstone(mine);
        assertThat(mongo.exists(query(where("_id").is(comment)), Cancellations.COLLECTION))
                .as("remembered before the reminder was, when it still was").isFalse();
    }

    /**
     * Voiding is idempotent (first cancellation time kept, only pending sends requested before it cancelled), so the
     * consumer of {@code plaza.comments} keeps no memory of handled events: a redelivered confirmation changes
     * nothing, and nothing is read or written for it beyond the void.
     */
    @Test
    void commentEventsAreVoidedWithoutAMemoryOfHandledEventsAndARedeliveryChangesNothing() {
        String drive = uniqueId("drv");
        String mine = CommentReminders.closingSoonRequestId(drive, "sup_x");
        Instant requestedAt = Instant.now();
        events.publish(closingSoon(mine, uniqueId("cmt-first-draft"), drive, requestedAt));
        awaitStored(mine);
        CommentSubmitted confirmation = confirmed(uniqueId("cmt"), drive, requestedAt.plusSeconds(1));
        events.publish(confirmation);
        awaitState(mine, "CANCELLED");
        Object cancelledAt = mongo.findById(mine, org.bson.Document.class, Cancellations.COLLECTION).get("cancelledAt");

        events.publish(confirmation);
        String barrier = uniqueId("drv");
        events.publish(new CommentDriveClosed(barrier, "cmp-1", CommentDriveClosed.Reason.CLOSED_BY_ORGANIZER,
                Instant.now(), 0, "stf-1", Instant.now()));
        awaitTombstone(barrier);

        assertThat(mongo.findById(mine, org.bson.Document.class, Cancellations.COLLECTION).get("cancelledAt"))
                .isEqualTo(cancelledAt);
        assertThat(deliveryLog.find(mine).orElseThrow().state()).isEqualTo("CANCELLED");
        assertThat(mongo.exists(query(where("consumer").is("notification-cancellations-comments")),
                ProcessedEvents.COLLECTION)).isFalse();
    }

    /** Two residents' reminders on one drive; the event about the first one's comment voids only the first. */
    private void assertOnlyTheCommentsReminderIsCancelledBy(BiFunction<String, String, PlazaEvent> endOfComment) {
        String drive = uniqueId("drv");
        String comment = uniqueId("cmt");
        String mine = CommentReminders.closingSoonRequestId(drive, "sup_x");
        String theirs = CommentReminders.closingSoonRequestId(drive, "sup_y");
        events.publish(closingSoon(mine, comment, drive, Instant.now()));
        events.publish(closingSoon(theirs, uniqueId("cmt"), drive, Instant.now()));
        awaitStored(mine);
        awaitStored(theirs);

        events.publish(endOfComment.apply(comment, drive));

        awaitState(mine, "CANCELLED");
        assertThat(deliveryLog.find(theirs).orElseThrow().state()).isEqualTo("PENDING");
        await().atMost(Duration.ofSeconds(30)).until(() -> queue.find(mine).isEmpty());
        assertThat(queue.find(theirs)).as("still queued").isPresent();
    }

    private void awaitTombstone(String itemId) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mongo.exists(query(where("_id").is(itemId)), Cancellations.COLLECTION));
    }

    private static CommentSubmitted confirmed(String commentId, String driveId, Instant at) {
        return new CommentSubmitted(commentId, driveId, "cmp-1", "sup_x", CommentSubmitted.Position.OPPOSE, "MECCA",
                "es", false, null, false, 1, at);
    }

    /** What the comments service asks for at a resident's first comment: about the comment and the drive. */
    private static NotificationRequested closingSoon(String requestId, String commentId, String driveId,
            Instant requestedAt) {
        return new NotificationRequested(requestId, "comments", "CAMPAIGN_UPDATES", "comments.closing-soon", "es",
                address("example.org"), null, Map.of("itemTitle", "Tarifas de agua 2026", "publicBody",
                        "la Junta del Distrito de Agua", "deadline", "11 de mayo, 17:00",
                        "driveUrl", "https://plaza.example/comments/agua"),
                "cmp-1", null, List.of(commentId, driveId), Instant.now().plus(Duration.ofHours(12)), null, requestedAt);
    }
}
