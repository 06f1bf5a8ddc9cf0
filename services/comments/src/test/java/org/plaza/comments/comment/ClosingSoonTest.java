package org.plaza.comments.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plaza.comments.Fixtures.comment;

import java.time.Duration;
import java.time.Instant;
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
import org.plaza.comments.support.TestClock;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.starter.supporter.SupporterIds;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A resident who sent a draft on a drive and never confirmed a comment there gets one "comments close soon" email
 * 24 hours before the deadline, addressed and worded as their earliest draft; a resident whose comment counts gets
 * none, and neither their submission nor their confirmation asks for one. A resident who gave only a mobile number
 * gets it by text, and only when they ticked the form's box for texts. The reminders are asked for when that moment
 * comes ({@link ClosingSoonReminders}, the job {@code comments.closing-soon-reminders}); the tests ask as of that
 * moment instead of moving the shared clock two days on.
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
    @Autowired
    ClosingSoonReminders reminders;

    @Test
    void aDraftStillUnconfirmedADayBeforeTheDeadlineGetsOneReminderInItsLanguageAboutItAndTheDrive() {
        String driveId = fixtures.drive(fixtures.body(1000), Duration.ofDays(3), false);
        Map<String, Object> fields = comment("Rosa Pérez", "rosa.reminder@example.org", "MECCA", "OPPOSE", "No.");
        String commentId = fixtures.submit(driveId, fields, "en");
        fixtures.submit(driveId, fields, "es");
        Predicate<NotificationRequested> reminder = reminderOf(driveId, "rosa.reminder@example.org");
        Instant moment = fixtures.deadlineOf(driveId).minus(Duration.ofHours(24));

        reminders.requestDueAt(moment);
        reminders.requestDueAt(moment.plusSeconds(5));

        NotificationRequested scheduled = events.awaitEvent(NotificationRequested.class, reminder,
                Duration.ofSeconds(30)).event();
        assertThat(scheduled.templateKey()).isEqualTo("comments.closing-soon");
        assertThat(scheduled.category()).isEqualTo("CAMPAIGN_UPDATES");
        assertThat(scheduled.locale()).as("the earliest draft's").isEqualTo("en");
        assertThat(scheduled.recipientEmail()).isEqualTo("rosa.reminder@example.org");
        assertThat(scheduled.sendAt()).isEqualTo(moment);
        assertThat(scheduled.relatedIds()).containsExactlyInAnyOrder(commentId, driveId);
        assertThat(scheduled.templateParameters()).containsEntry("itemTitle", "Water rate increase")
                .containsKeys("publicBody", "deadline")
                .hasEntrySatisfying("driveUrl", url -> assertThat(url).endsWith("/comments/drives/" + driveId + "?lang=en"));
        events.assertNoEvent(NotificationRequested.class, reminder.and(request -> !request.equals(scheduled)),
                Duration.ofSeconds(2));
    }

    @Test
    void aResidentWhoseCommentCountsGetsNoReminderAndNeitherTheSubmissionNorTheConfirmationAsksForOne() {
        String driveId = fixtures.drive(fixtures.body(1000), Duration.ofDays(3), false);
        Map<String, Object> counted = comment("Inés Mora", "ines.counted@example.org", "MECCA", "OPPOSE", "No.");
        String firstDraft = fixtures.submit(driveId, counted, "es");
        String confirmedDraft = fixtures.submit(driveId, counted, "es");
        fixtures.confirm(confirmedDraft);
        fixtures.awaitSubmitted(confirmedDraft, 1);
        String waiting = fixtures.submit(driveId, comment("Pablo Mora", "pablo.waiting@example.org", "MECCA",
                "OPPOSE", "No."), "es");
        events.assertNoEvent(NotificationRequested.class,
                request -> request.templateKey().equals(NotificationRequests.CLOSING_SOON)
                        && (request.relatedIds().contains(firstDraft) || request.relatedIds().contains(confirmedDraft)
                                || request.relatedIds().contains(waiting)), Duration.ofSeconds(2));

        reminders.requestDueAt(fixtures.deadlineOf(driveId).minus(Duration.ofHours(24)));

        events.awaitEvent(NotificationRequested.class, reminderOf(driveId, "pablo.waiting@example.org"),
                Duration.ofSeconds(30));
        events.assertNoEvent(NotificationRequested.class, reminderOf(driveId, "ines.counted@example.org"),
                Duration.ofSeconds(2));
    }

    /**
     * A submission used to ask whether the person wrote on the drive before (one read by key, a search of every
     * comment's key before that) to decide the reminder; it asks nothing now: its only command on {@code comments}
     * about the drive is the draft's insert (the outbox relay's sweep and removal name no drive).
     */
    @Test
    void aSubmissionReadsNothingAboutThePersonsEarlierDrafts() {
        String driveId = fixtures.drive(fixtures.body(1000), Duration.ofDays(3), false);
        Map<String, Object> fields = comment("Ana Mora", "ana.nothing@example.org", "MECCA", "OPPOSE", "No.");
        List<SentCommands.Sent> sent = commands.during(() -> {
            fixtures.submit(driveId, fields, "es");
            fixtures.submit(driveId, fields, "es");
        });

        assertThat(sent).filteredOn(command -> command.collection().equals("comments"))
                .filteredOn(command -> command.command().toJson().contains(driveId))
                .as("about this drive (the background jobs of other tests' drives aside): the two drafts' inserts")
                .extracting(SentCommands.Sent::name).containsExactly("insert", "insert");
    }

    @Test
    void draftsOfOnePersonSentAtOnceAreAllTakenAndGetOneReminder() throws Exception {
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
        reminders.requestDueAt(fixtures.deadlineOf(driveId).minus(Duration.ofHours(24)));
        Predicate<NotificationRequested> reminder = reminderOf(driveId, "julia.atonce@example.org");
        NotificationRequested once = events.awaitEvent(NotificationRequested.class, reminder, Duration.ofSeconds(30))
                .event();
        events.assertNoEvent(NotificationRequested.class, reminder.and(request -> !request.equals(once)),
                Duration.ofSeconds(2));
    }

    @Test
    void noReminderWhenTheDeadlineIsLessThanADayAway() {
        String driveId = fixtures.drive(fixtures.body(1000), Duration.ofHours(12), false);
        String commentId = fixtures.submit(driveId, comment("Luis Soto", "luis.reminder@example.org", "THERMAL",
                "SUPPORT", "Sí."), "es");
        fixtures.confirmationEmail(commentId);

        reminders.requestDueAt(TestClock.shared().instant());

        events.assertNoEvent(NotificationRequested.class, reminderOf(driveId, "luis.reminder@example.org"),
                Duration.ofSeconds(2));
    }

    @Test
    void aDriveClosedEarlyRemindsNobody() {
        String driveId = fixtures.drive(fixtures.body(1000), Duration.ofDays(3), false);
        String commentId = fixtures.submit(driveId, comment("Eva Soto", "eva.closed@example.org", "THERMAL",
                "SUPPORT", "Sí."), "es");
        fixtures.confirmationEmail(commentId);
        fixtures.postJson("/api/staff/comments/drives/" + driveId + "/close", fixtures.admin(), Map.of());

        reminders.requestDueAt(fixtures.deadlineOf(driveId).minus(Duration.ofHours(24)));

        events.assertNoEvent(NotificationRequested.class, reminderOf(driveId, "eva.closed@example.org"),
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
        fixtures.confirmationEmail(silentId);

        reminders.requestDueAt(fixtures.deadlineOf(driveId).minus(Duration.ofHours(24)));

        NotificationRequested text = events.awaitEvent(NotificationRequested.class,
                request -> request.templateKey().equals(NotificationRequests.CLOSING_SOON)
                        && request.relatedIds().contains(agreedId), Duration.ofSeconds(30)).event();
        assertThat(text.channel()).isEqualTo("SMS");
        assertThat(text.recipientPhone()).isEqualTo("+1760555" + digits);
        assertThat(text.recipientEmail()).isNull();
        events.assertNoEvent(NotificationRequested.class, request -> request.templateKey()
                .equals(NotificationRequests.CLOSING_SOON) && request.relatedIds().contains(silentId),
                Duration.ofSeconds(2));
    }

    private Predicate<NotificationRequested> reminderOf(String driveId, String email) {
        String requestId = NotificationRequests.closingSoonRequestId(driveId, supporterIds.supporterId(email));
        return request -> request.requestId().equals(requestId);
    }
}
