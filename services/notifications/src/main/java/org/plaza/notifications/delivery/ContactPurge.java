package org.plaza.notifications.delivery;

import java.time.Clock;
import java.time.Instant;

import org.plaza.starter.jobs.PlazaJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Erases contact details (address, greeting, parameters, attachment location) from notifications that
 * ended more than {@code plaza.notifications.delivery.contact-retention} ago. What remains is the delivery
 * log: request id, requesting service, template, category, language, pseudonymous recipient key, times,
 * attempts and outcome. Pending and sending notifications keep their details until they end. The same
 * schedule and retention trim the remembered cancellations ({@link Cancellations#forget}).
 */
@Component
class ContactPurge {

    private static final Logger log = LoggerFactory.getLogger(ContactPurge.class);

    private final Notifications notifications;
    private final Cancellations cancellations;
    private final DeliverySettings settings;
    private final Clock clock;

    ContactPurge(Notifications notifications, Cancellations cancellations, DeliverySettings settings, Clock clock) {
        this.notifications = notifications;
        this.cancellations = cancellations;
        this.settings = settings;
        this.clock = clock;
    }

    /** The purge as the job {@code notifications.contact-purge}, every {@code plaza.notifications.delivery.purge-interval}. */
    @Bean
    static PlazaJob contactPurgeJob(ContactPurge purge, DeliverySettings settings) {
        return PlazaJob.every("notifications.contact-purge", settings.purgeInterval(), purge::purgeOnSchedule);
    }

    /**
     * Purges contact details, then forgets old cancellations even if the purge failed; a failure of either is
     * thrown afterwards, so the job runner backs off and counts the run failed.
     */
    void purgeOnSchedule() {
        Instant now = clock.instant();
        RuntimeException failure = null;
        try {
            purge(now);
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            cancellations.forget(now);
        } catch (RuntimeException e) {
            if (failure == null) {
                failure = e;
            } else {
                failure.addSuppressed(e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Purges what ended before {@code now - retention}; returns how many notifications were purged. */
    long purge(Instant now) {
        long purged = notifications.purgeContacts(now.minus(settings.contactRetention()), now);
        if (purged > 0) {
            log.info("Erased contact details of {} notification(s) that ended before the retention period", purged);
        }
        return purged;
    }
}
