package org.plaza.comments.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plaza.comments.Fixtures.comment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.plaza.comments.CommentsServiceTest;
import org.plaza.comments.Fixtures;
import org.plaza.comments.SentCommands;
import org.plaza.comments.notification.NotificationRequests;
import org.plaza.events.comments.CommentDriveClosed;
import org.plaza.events.comments.CommentSubmitted;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.starter.outbox.OutboxAggregate;
import org.plaza.starter.supporter.SupporterIds;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A resident's first comment on a drive schedules one "comments close soon" email 24 hours before the
 * deadline, about the comment and the drive; the comment's confirmation and the drive's early closing (which
 * the notifications service reads) void it. A resident who gave only a mobile number gets it by text, and only when
 * they ticked the form's box for texts.
 */
@CommentsServiceTest
class ClosingSoonTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    KafkaTestEvents events;
    @Autowired
    SupporterIds supporterIds;
    @Autowired
    SentCommands commands;

    @Test
    void theFirstCommentSchedulesOneReminderADayBeforeTheDeadlineWhichItsConfirmationOrAnEarlyCloseVoids() {
        String driveId = fixtures.drive(fixtures.body(1000), Duration.ofDays(3), false);
        Map<String, Object> fields = comment("Rosa Pérez", "rosa.reminder@example.org", "MECCA", "OPPOSE", "No.");
        String commentId = fixtures.submit(driveId, fields, "en");
        String requestId = NotificationRequests.closingSoonRequestId(driveId,
                supporterIds.supporterId("rosa.reminder@example.org"));
        Predicate<NotificationRequested> reminder = request -> request.requestId().equals(requestId);

        NotificationRequested scheduled = events.awaitEvent(NotificationRequested.class, reminder,
                Duration.ofSeconds(30)).event();
        assertThat(scheduled.templateKey()).isEqualTo("comments.closing-soon");
        assertThat(scheduled.category()).isEqualTo("CAMPAIGN_UPDATES");
        assertThat(scheduled.locale()).isEqualTo("en");
        assertThat(scheduled.sendAt()).isEqualTo(fixtures.deadlineOf(driveId).minus(Duration.ofHours(24)));
        assertThat(scheduled.relatedIds()).containsExactlyInAnyOrder(commentId, driveId);
        assertThat(scheduled.templateParameters()).containsEntry("itemTitle", "Water rate increase")
                .containsKeys("publicBody", "deadline")
                .hasEntrySatisfying("driveUrl", url -> assertThat(url).endsWith("/comments/drives/" + driveId + "?lang=en"));

        fixtures.submit(driveId, fields, "en");
        fixtures.confirm(commentId);
        CommentSubmitted confirmed = fixtures.awaitSubmitted(commentId, 1);
        assertThat(scheduled.relatedIds()).contains(confirmed.commentId());
        assertThat(confirmed.submittedAt()).isAfterOrEqualTo(scheduled.requestedAt());
        assertThat(events.eventsSoFar(NotificationRequested.class, reminder)).as("never twice").hasSize(1);

        fixtures.postJson("/api/staff/comments/drives/" + driveId + "/close", fixtures.admin(), Map.of());
        CommentDriveClosed closed = events.awaitEvent(CommentDriveClosed.class, e -> e.driveId().equals(driveId),
                Duration.ofSeconds(30)).event();
        assertThat(closed.reason()).isEqualTo(CommentDriveClosed.Reason.CLOSED_BY_ORGANIZER);
        assertThat(scheduled.relatedIds()).contains(closed.driveId());
    }

    /**
     * Whether a person wrote on the drive before decides the reminder. It used to be a search of every comment's key
     * (a count with a regular expression, which the embedded MongoDB answers by matching every key it holds), so each
     * submission cost more than the one before; it is one read of the key the person's first draft holds.
     */
    @Test
    void whetherThePersonWroteOnTheDriveBeforeIsReadByKeyNotSearchedForInEveryComment() {
        String driveId = fixtures.drive(fixtures.body(1000), Duration.ofDays(3), false);
        Map<String, Object> fields = comment("Inés Mora", "ines.key@example.org", "MECCA", "OPPOSE", "No.");
        List<SentCommands.Sent> sent = commands.during(() -> {
            fixtures.submit(driveId, fields, "es");
            fixtures.submit(driveId, fields, "es");
        });

        List<SentCommands.Sent> onComments = sent.stream().filter(command -> command.collection().equals("comments"))
                .toList();
        assertThat(onComments).extracting(SentCommands.Sent::name).doesNotContain("aggregate", "count");
        assertThat(onComments).filteredOn(command -> command.name().equals("find"))
                .extracting(command -> command.findFilter().toJson())
                .filteredOn(filter -> !filter.contains(OutboxAggregate.OUTBOX_FIELD)).as("the relay's sweep aside")
                .hasSize(2).allSatisfy(filter -> assertThat(filter).contains("firstKey").doesNotContain("$regex"));
        String requestId = NotificationRequests.closingSoonRequestId(driveId,
                supporterIds.supporterId("ines.key@example.org"));
        events.awaitEvent(NotificationRequested.class, request -> request.requestId().equals(requestId),
                Duration.ofSeconds(30));
        assertThat(events.eventsSoFar(NotificationRequested.class, request -> request.requestId().equals(requestId)))
                .as("asked for once, by the first draft").hasSize(1);
    }

    @Test
    void draftsOfOnePersonSentAtOnceAreAllTakenAndAskForOneReminder() throws Exception {
        String driveId = fixtures.drive(fixtures.body(1000), Duration.ofDays(3), false);
        Map<String, Object> fields = comment("Julia Ríos", "julia.atonce@example.org", "MECCA", "OPPOSE", "No.");
        List<Callable<String>> drafts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            drafts.add(() -> fixtures.submit(driveId, fields, "es"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(drafts.size());
        List<String> ids = new ArrayList<>();
        try {
            for (Future<String> id : pool.invokeAll(drafts)) {
                ids.add(id.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(ids).doesNotHaveDuplicates().hasSize(6);
        ids.forEach(id -> assertThat(fixtures.confirmationEmail(id).templateParameters()).containsKey("code"));
        String requestId = NotificationRequests.closingSoonRequestId(driveId,
                supporterIds.supporterId("julia.atonce@example.org"));
        events.awaitEvent(NotificationRequested.class, request -> request.requestId().equals(requestId),
                Duration.ofSeconds(30));
        assertThat(events.eventsSoFar(NotificationRequested.class, request -> request.requestId().equals(requestId)))
                .hasSize(1);
    }

    @Test
    void noReminderWhenTheDeadlineIsLessThanADayAway() {
        String driveId = fixtures.drive(fixtures.body(1000), Duration.ofHours(12), false);
        String commentId = fixtures.submit(driveId, comment("Luis Soto", "luis.reminder@example.org", "THERMAL",
                "SUPPORT", "Sí."), "es");
        fixtures.confirmationEmail(commentId);
        events.assertNoEvent(NotificationRequested.class, request -> request.requestId().equals(
                NotificationRequests.closingSoonRequestId(driveId, supporterIds.supporterId("luis.reminder@example.org"))),
                Duration.ofSeconds(2));
    }

    @Test
    void aCommenterWithOnlyAMobileNumberGetsTheReminderByTextOnlyWhenTheyTickedTheBoxForTexts() {
        String driveId = fixtures.drive(fixtures.body(1000), Duration.ofDays(3), false);
        String digits = String.format("%04d", System.nanoTime() % 10_000);
        Map<String, Object> agreed = comment("Lupe Vargas", null, "MECCA", "OPPOSE", "No.");
        agreed.put("phone", "760-555-" + digits);
        agreed.put("smsOptIn", true);
        String agreedId = fixtures.submit(driveId, agreed, "es");
        Map<String, Object> silent = comment("Toño Vargas", null, "MECCA", "OPPOSE", "No.");
        silent.put("phone", "760-555-" + String.format("%04d", (Integer.parseInt(digits) + 1) % 10_000));
        String silentId = fixtures.submit(driveId, silent, "es");

        NotificationRequested text = events.awaitEvent(NotificationRequested.class,
                request -> request.templateKey().equals(NotificationRequests.CLOSING_SOON)
                        && request.relatedIds().contains(agreedId), Duration.ofSeconds(30)).event();
        assertThat(text.channel()).isEqualTo("SMS");
        assertThat(text.recipientPhone()).isEqualTo("+1760555" + digits);
        assertThat(text.recipientEmail()).isNull();
        fixtures.confirmationEmail(silentId);
        events.assertNoEvent(NotificationRequested.class, request -> request.templateKey()
                .equals(NotificationRequests.CLOSING_SOON) && request.relatedIds().contains(silentId),
                Duration.ofSeconds(2));
    }
}
