package org.plaza.notifications.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.plaza.events.notifications.NotificationRequested;
import org.plaza.notifications.channel.DeliveryException;
import org.plaza.notifications.channel.sms.SmsGateway;
import org.plaza.notifications.channel.sms.SmsSettings;
import org.plaza.notifications.channel.sms.TextReports;
import org.plaza.starter.jobs.PlazaJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Settles texts whose delivery report never came. A text counts as delivered only when the provider reports so; a
 * carrier that sends no report, or a callback lost on the way, would leave it {@code SENT} for ever. So a text still
 * waiting {@code plaza.notifications.sms.reconcile.after} (10 minutes) after it was sent has its status fetched from
 * the provider through the {@link SmsGateway}; a final answer is applied as a report would be
 * ({@link TextOutcomes#report}, the same exactly-once path as a callback, so the two racing count one delivery), a
 * text still on its way is asked about again at doubling intervals, and after {@code give-up-after} it is left sent.
 * <p>
 * Runs as the job {@value #JOB} every {@code reconcile.interval}, reading only the due entries of
 * {@link UnreportedTexts}. Metrics: {@code plaza.notifications.sms.reconciled{outcome=delivered|undelivered|
 * already-reported|pending|unknown|unreachable|given-up}}.
 */
@Component
public class TextReconciler {

    static final String JOB = "notifications.sms-reconciler";
    private static final Logger log = LoggerFactory.getLogger(TextReconciler.class);
    private static final int BATCH = 200;

    private final UnreportedTexts unreported;
    private final Notifications notifications;
    private final TextOutcomes outcomes;
    private final SmsGateway gateway;
    private final SmsSettings.Reconcile settings;
    private final MeterRegistry meters;
    private final Clock clock;

    TextReconciler(UnreportedTexts unreported, Notifications notifications, TextOutcomes outcomes, SmsGateway gateway,
            SmsSettings settings, MeterRegistry meters, Clock clock) {
        this.unreported = unreported;
        this.notifications = notifications;
        this.outcomes = outcomes;
        this.gateway = gateway;
        this.settings = settings.reconcile();
        this.meters = meters;
        this.clock = clock;
    }

    @Bean
    static PlazaJob textReconcilerJob(TextReconciler reconciler, SmsSettings settings) {
        return PlazaJob.every(JOB, settings.reconcile().interval(), () -> reconciler.reconcileDue(reconciler.clock.instant()));
    }

    /**
     * The text of {@code requestId}, sent at {@code sentAt}, is about to be recorded as sent: ask the provider about it
     * {@code after} from then, unless its report comes first. Written before the send is recorded, so no text is left
     * out; an entry whose text is settled by then is dropped at its check.
     */
    void awaitReport(String requestId, Instant sentAt) {
        unreported.awaiting(requestId, sentAt, sentAt.plus(settings.after()));
    }

    /**
     * Asks the provider about every text whose check is due by {@code now}, a batch at a time.
     *
     * @return how many reports this run applied
     */
    public int reconcileDue(Instant now) {
        int applied = 0;
        for (UnreportedTexts.Entry entry : unreported.due(now, BATCH)) {
            if (reconcile(entry, now)) {
                applied++;
            }
        }
        return applied;
    }

    private boolean reconcile(UnreportedTexts.Entry entry, Instant now) {
        Optional<Notification> found = notifications.find(entry.id());
        if (found.isEmpty() || !awaitsReport(found.get())) {
            unreported.settled(entry.id());
            return false;
        }
        Instant sentAt = entry.sentAt() == null ? now : entry.sentAt();
        if (!now.isBefore(sentAt.plus(settings.giveUpAfter()))) {
            log.info("Text {} ({}) got no delivery report in {}; it stays sent", entry.id(),
                    found.get().templateKey(), settings.giveUpAfter());
            unreported.settled(entry.id());
            count("given-up");
            return false;
        }
        Optional<TextReports.Status> status;
        try {
            status = gateway.status(found.get().messageId());
        } catch (DeliveryException e) {
            log.debug("Could not ask the SMS provider about text {}: {}", entry.id(), e.getMessage());
            askAgain(entry, now, "unreachable");
            return false;
        }
        if (status.isEmpty() || status.get() == TextReports.Status.ACCEPTED) {
            askAgain(entry, now, status.isEmpty() ? "unknown" : "pending");
            return false;
        }
        Optional<TextReports.Status> applied = outcomes.report(entry.id(), status.get(), now);
        if (applied.isPresent()) {
            count(applied.get() == TextReports.Status.DELIVERED ? "delivered" : "undelivered");
            return true;
        }
        unreported.settled(entry.id());
        count("already-reported");
        return false;
    }

    private static boolean awaitsReport(Notification notification) {
        return NotificationRequested.SMS.equals(notification.channel()) && notification.state() == State.SENT
                && TextReports.Status.ACCEPTED.name().equals(notification.textStatus())
                && notification.messageId() != null;
    }

    /** Asks again after twice the last wait (the first wait being {@code after}), at most {@code max-recheck}. */
    private void askAgain(UnreportedTexts.Entry entry, Instant now, String outcome) {
        Duration wait = settings.after().multipliedBy(1L << Math.min(entry.checks() + 1, 20));
        unreported.askedAgainAt(entry, now.plus(wait.compareTo(settings.maxRecheck()) > 0 ? settings.maxRecheck() : wait));
        count(outcome);
    }

    private void count(String outcome) {
        meters.counter("plaza.notifications.sms.reconciled", "outcome", outcome).increment();
    }
}
