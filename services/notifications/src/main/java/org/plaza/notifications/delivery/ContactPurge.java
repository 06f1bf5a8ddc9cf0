package org.plaza.notifications.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.plaza.notifications.channel.sms.WindowCounters;
import org.plaza.starter.jobs.PlazaJob;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Forgets, on the purge schedule, what is kept only for a while after contact details go: remembered cancellations
 * ({@link Cancellations#forget}), remembered erasures ({@link ErasedSupporters#forget}) and texts' delivery reports
 * ({@link TextOutcomes#forget}), with the contact retention as horizon; and the SMS limits' counts of windows that
 * ended a day ago. The contact details themselves are erased by the starter's retention kit
 * ({@link ContactRetention}), on the same interval.
 */
@Component
class ContactPurge {

    /** How long the SMS limits' counts are kept: longer than any window (the hint to unknown replies is daily). */
    static final Duration COUNTS_KEPT = Duration.ofDays(2);

    private final Cancellations cancellations;
    private final ErasedSupporters erased;
    private final TextOutcomes textOutcomes;
    private final WindowCounters counters;
    private final DeliverySettings settings;
    private final Clock clock;

    ContactPurge(Cancellations cancellations, ErasedSupporters erased, TextOutcomes textOutcomes,
            WindowCounters counters, DeliverySettings settings, Clock clock) {
        this.cancellations = cancellations;
        this.erased = erased;
        this.textOutcomes = textOutcomes;
        this.counters = counters;
        this.settings = settings;
        this.clock = clock;
    }

    /** The purge as the job {@code notifications.contact-purge}, every {@code plaza.notifications.delivery.purge-interval}. */
    @Bean
    static PlazaJob contactPurgeJob(ContactPurge purge, DeliverySettings settings) {
        return PlazaJob.every("notifications.contact-purge", settings.purgeInterval(), purge::purgeOnSchedule);
    }

    /** Forgets old cancellations, erasures, reports and counts; a failure fails the run, and the next one does both again. */
    void purgeOnSchedule() {
        Instant now = clock.instant();
        cancellations.forget(now);
        erased.forget(now.minus(settings.contactRetention()));
        textOutcomes.forget(now.minus(settings.contactRetention()));
        counters.forgetBefore(now.minus(COUNTS_KEPT));
    }
}
