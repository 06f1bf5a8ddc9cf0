package org.plaza.notifications.delivery;

import java.time.Clock;
import java.time.Instant;

import org.plaza.starter.jobs.PlazaJob;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Forgets, on the purge schedule, what is kept only for a while after contact details go: remembered cancellations
 * ({@link Cancellations#forget}) and remembered erasures ({@link ErasedSupporters#forget}), both with the contact
 * retention as horizon. The contact details themselves are erased by the starter's retention kit
 * ({@link ContactRetention}), on the same interval.
 */
@Component
class ContactPurge {

    private final Cancellations cancellations;
    private final ErasedSupporters erased;
    private final DeliverySettings settings;
    private final Clock clock;

    ContactPurge(Cancellations cancellations, ErasedSupporters erased, DeliverySettings settings, Clock clock) {
        this.cancellations = cancellations;
        this.erased = erased;
        this.settings = settings;
        this.clock = clock;
    }

    /** The purge as the job {@code notifications.contact-purge}, every {@code plaza.notifications.delivery.purge-interval}. */
    @Bean
    static PlazaJob contactPurgeJob(ContactPurge purge, DeliverySettings settings) {
        return PlazaJob.every("notifications.contact-purge", settings.purgeInterval(), purge::purgeOnSchedule);
    }

    /** Forgets old cancellations, then old erasures; a failure fails the run, and the next one does both again. */
    void purgeOnSchedule() {
        Instant now = clock.instant();
        cancellations.forget(now);
        erased.forget(now.minus(settings.contactRetention()));
    }
}
