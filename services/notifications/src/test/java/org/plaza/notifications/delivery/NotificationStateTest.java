package org.plaza.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plaza.events.notifications.NotificationDelivered;
import org.plaza.events.notifications.NotificationFailed;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.notifications.channel.Channel;
import org.plaza.notifications.channel.Outgoing;
import org.plaza.notifications.channel.sms.TextReports;
import org.plaza.notifications.template.MessageTemplate;
import org.plaza.notifications.template.TemplateCatalog;
import org.springframework.test.util.ReflectionTestUtils;

/** The notification's state machine, without a database. */
class NotificationStateTest {

    private static final Instant NOW = Instant.parse("2026-05-11T19:00:00Z");
    private static final DeliverySettings SETTINGS = new DeliverySettings(3, Duration.ofSeconds(30), 2.0,
            Duration.ofMinutes(10), Duration.ofSeconds(1), 4, Duration.ofMinutes(5), Duration.ofHours(1),
            Duration.ofDays(7), Duration.ofMinutes(10));

    private final MessageTemplate reminder = new TemplateCatalog().find("outreach.shift-reminder-2h").orElseThrow();

    @Test
    void backoffGrowsByTheMultiplierUpToTheMaximum() {
        assertThat(SETTINGS.backoffAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(SETTINGS.backoffAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(SETTINGS.backoffAfter(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(SETTINGS.backoffAfter(40)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void scheduledRequestIsDueAtItsSendTimeAndAnImmediateOneNow() {
        assertThat(accepted(NOW.plusSeconds(3600)).dueAt()).isEqualTo(NOW.plusSeconds(3600));
        assertThat(accepted(null).dueAt()).isEqualTo(NOW);
        assertThat(accepted(NOW.minusSeconds(60)).dueAt()).isEqualTo(NOW);
    }

    @Test
    void transientFailureWaitsTheBackoffAndTheLastAttemptRaisesNotificationFailedOnce() {
        Notification notification = accepted(null);

        claim(notification);
        notification.attemptFailed("SERVER_UNREACHABLE", false, NOW, SETTINGS);
        assertThat(notification.state()).isEqualTo(State.PENDING);
        assertThat(notification.dueAt()).isEqualTo(NOW.plusSeconds(30));
        assertThat(notification.pendingEvents()).isEmpty();

        claim(notification);
        notification.attemptFailed("SERVER_UNREACHABLE", false, NOW, SETTINGS);
        claim(notification);
        notification.attemptFailed("SERVER_UNREACHABLE", false, NOW, SETTINGS);

        assertThat(notification.state()).isEqualTo(State.FAILED);
        assertThat(notification.pendingEvents()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("plaza.notifications.notification-failed.v1");
            assertThat(event.subject()).isEqualTo("req-1");
        });
        assertThat(notification.history()).extracting(Notification.Attempt::outcome)
                .containsExactly("RETRY", "RETRY", "FAILED");
    }

    @Test
    void permanentFailureGivesUpAtOnce() {
        Notification notification = accepted(null);
        claim(notification);

        notification.attemptFailed("RECIPIENT_REJECTED", true, NOW, SETTINGS);

        assertThat(notification.state()).isEqualTo(State.FAILED);
        assertThat(notification.reasonCode()).isEqualTo("RECIPIENT_REJECTED");
        assertThat(notification.pendingEvents()).hasSize(1);
    }

    @Test
    void rateLimitDeferralDoesNotSpendAnAttempt() {
        Notification notification = accepted(null);
        claim(notification);

        notification.deferred(NOW.plusSeconds(5));

        assertThat(notification.attempts()).isZero();
        assertThat(notification.state()).isEqualTo(State.PENDING);
        assertThat(notification.dueAt()).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void rejectedRequestFailsAtOnceWithItsReason() {
        Notification rejected = Notification.rejected(request(null), "TEMPLATE_ERROR", NOW);

        assertThat(rejected.state()).isEqualTo(State.FAILED);
        assertThat(rejected.contact()).isNull();
        assertThat(rejected.pendingEvents()).singleElement()
                .satisfies(event -> assertThat(event.type()).isEqualTo("plaza.notifications.notification-failed.v1"));
        assertThat(rejected.attempts()).isEqualTo(1);
    }

    @Test
    void onlyAFailedNotificationWithItsContactDetailsCanBeRetried() {
        Notification sent = accepted(null);
        claim(sent);
        sent.sent("<id@plaza.example>", NOW);
        assertThat(sent.retry(NOW)).isFalse();

        Notification failed = accepted(null);
        claim(failed);
        failed.attemptFailed("RECIPIENT_REJECTED", true, NOW, SETTINGS);
        assertThat(failed.retry(NOW)).isTrue();
        assertThat(failed.state()).isEqualTo(State.PENDING);
        assertThat(failed.attempts()).isZero();
    }

    @Test
    void scheduledSendIsExpiredOnlyWhenLaterThanTheAllowedLateness() {
        Notification notification = accepted(NOW);
        assertThat(notification.expiredAt(NOW.plus(Duration.ofMinutes(59)), SETTINGS.maxLateness())).isFalse();
        assertThat(notification.expiredAt(NOW.plus(Duration.ofMinutes(61)), SETTINGS.maxLateness())).isTrue();
        assertThat(accepted(null).expiredAt(NOW.plus(Duration.ofDays(2)), SETTINGS.maxLateness())).isFalse();
    }

    @Test
    void outcomesSayTheLanguageTheMessageWasSentInAndNothingThatIsNotALanguageCode() {
        Notification sent = accepted(null);
        claim(sent);
        sent.sent("<id@plaza.example>", NOW);
        Notification refused = Notification.rejected(new NotificationRequested("req-2", "outreach", "REMINDERS",
                "outreach.shift-reminder-2h", "<b>es</b>", "ana@example.org", "Ana", Map.of(), "cmp-1", null,
                List.of(), null, null, NOW), "TEMPLATE_ERROR", NOW);

        assertThat(sent.pendingEvents()).singleElement().extracting(event -> ReflectionTestUtils.getField(event, "event"))
                .isInstanceOfSatisfying(NotificationDelivered.class, event -> assertThat(event.locale()).isEqualTo("es"));
        assertThat(refused.pendingEvents()).singleElement().extracting(event -> ReflectionTestUtils.getField(event, "event"))
                .isInstanceOfSatisfying(NotificationFailed.class, event -> assertThat(event.locale()).isNull());
    }

    @Test
    void failedEventCarriesNoContactDetails() {
        assertThat(NotificationFailed.class.getRecordComponents())
                .extracting(component -> component.getName())
                .doesNotContain("recipientEmail", "recipientDisplayName", "templateParameters");
    }

    @Test
    void everyAttachmentIsKeptInOrderAndADocumentFromBeforeTheListStillHasItsFile() {
        Outgoing.Attachment pdf = new Outgoing.Attachment("http://127.0.0.1/p.pdf", "p.pdf", "application/pdf");
        Outgoing.Attachment csv = new Outgoing.Attachment("http://127.0.0.1/p.csv", "p.csv", "text/csv; charset=UTF-8");

        Notification notification = Notification.accepted(request(null), reminder, Locale.forLanguageTag("es"),
                "sup_abc", Map.of(), List.of(pdf, csv), NOW);

        assertThat(notification.contact().attachment()).isEqualTo(pdf);
        assertThat(notification.outgoing(reminder, Locale.forLanguageTag("es")).attachments()).containsExactly(pdf, csv);
        assertThat(new Notification.Contact("ana@example.org", null, Map.of(), pdf, null).files()).containsExactly(pdf);
    }

    @Test
    void aTextIsDeliveredOnlyWhenTheProviderReportsItAndThenOnce() {
        Notification text = acceptedText();
        claim(text);

        text.sent(new Channel.Sent("SM1", 2, true), NOW);

        assertThat(text.state()).isEqualTo(State.SENT);
        assertThat(text.pendingEvents()).isEmpty();
        assertThat(text.textReported(TextReports.Status.ACCEPTED, NOW)).isFalse();
        assertThat(text.textReported(TextReports.Status.DELIVERED, NOW.plusSeconds(5))).isTrue();
        assertThat(text.pendingEvents()).singleElement().satisfies(event ->
                assertThat(event.type()).isEqualTo("plaza.notifications.notification-delivered.v1"));
        assertThat(text.segments()).isEqualTo(2);
        assertThat(text.textReported(TextReports.Status.UNDELIVERED, NOW.plusSeconds(9))).as("a later report").isFalse();
        assertThat(text.state()).isEqualTo(State.SENT);
    }

    @Test
    void aTextReportedUndeliveredFailsOnceWithUndelivered() {
        Notification text = acceptedText();
        claim(text);
        text.sent(new Channel.Sent("SM1", 1, true), NOW);

        assertThat(text.textReported(TextReports.Status.UNDELIVERED, NOW.plusSeconds(5))).isTrue();

        assertThat(text.state()).isEqualTo(State.FAILED);
        assertThat(text.reasonCode()).isEqualTo("UNDELIVERED");
        assertThat(text.pendingEvents()).singleElement().satisfies(event ->
                assertThat(event.type()).isEqualTo("plaza.notifications.notification-failed.v1"));
        assertThat(text.textReported(TextReports.Status.DELIVERED, NOW.plusSeconds(9))).isFalse();
    }

    @Test
    void aReportThatArrivesBeforeTheSendIsRecordedChangesNothingYet() {
        Notification text = acceptedText();
        claim(text);

        assertThat(text.textReported(TextReports.Status.DELIVERED, NOW)).isFalse();
        assertThat(text.pendingEvents()).isEmpty();
    }

    @Test
    void aReminderHeldByQuietHoursIsLateOnlyFromTheirEnd() {
        Instant ninePm = NOW;
        Instant eightAm = NOW.plus(Duration.ofHours(11));
        Notification notification = accepted(ninePm);
        claim(notification);

        notification.quietUntil(eightAm);

        assertThat(notification.state()).isEqualTo(State.PENDING);
        assertThat(notification.dueAt()).isEqualTo(eightAm);
        assertThat(notification.attempts()).as("no attempt spent").isZero();
        assertThat(notification.expiredAt(eightAm.plusSeconds(60), SETTINGS.maxLateness())).isFalse();
        assertThat(notification.expiredAt(eightAm.plus(Duration.ofHours(2)), SETTINGS.maxLateness())).isTrue();
    }

    private Notification acceptedText() {
        NotificationRequested request = new NotificationRequested("req-2", "outreach", "REMINDERS",
                "outreach.shift-reminder-2h", "es", null, "Ana", Map.of("shiftTitle", "Canvass"), "cmp-1", "sup_1",
                List.of("shift-1"), null, null, null, NOW.minusSeconds(60), "+17605551234", NotificationRequested.SMS);
        Notification text = Notification.accepted(request, reminder, Locale.forLanguageTag("es"), "sms:tel_x",
                Map.of("shiftTitle", "Canvass"), List.of(), NOW);
        assertThat(text.channel()).isEqualTo("SMS");
        assertThat(text.contact().recipient()).isEqualTo("+17605551234");
        return text;
    }

    private Notification accepted(Instant sendAt) {
        return Notification.accepted(request(sendAt), reminder, Locale.forLanguageTag("es"), "sup_abc",
                Map.of("shiftTitle", "Canvass"), List.of(), NOW);
    }

    /** What the dispatcher's atomic claim does to the document. */
    private static void claim(Notification notification) {
        ReflectionTestUtils.setField(notification, "state", State.SENDING);
        ReflectionTestUtils.setField(notification, "attempts", notification.attempts() + 1);
    }

    private static NotificationRequested request(Instant sendAt) {
        return new NotificationRequested("req-1", "outreach", "REMINDERS", "outreach.shift-reminder-2h", "es",
                "ana@example.org", "Ana", Map.of("shiftTitle", "Canvass"), "cmp-1", null, List.of("shift-1"), sendAt,
                null, NOW.minusSeconds(60));
    }
}
