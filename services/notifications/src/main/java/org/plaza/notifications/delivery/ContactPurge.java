package org.plaza.notifications.delivery;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
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

    @Scheduled(initialDelayString = "${plaza.notifications.delivery.purge-interval:10m}",
            fixedDelayString = "${plaza.notifications.delivery.purge-interval:10m}")
    void purgeOnSchedule() {
        Instant now = clock.instant();
        try {
            purge(now);
        } catch (RuntimeException e) {
            log.warn("Contact purge failed, will try again at the next run: {}", e.toString());
        }
        try {
            cancellations.forget(now);
        } catch (RuntimeException e) {
            log.warn("Could not forget old cancellations, will try again at the next run: {}", e.toString());
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
