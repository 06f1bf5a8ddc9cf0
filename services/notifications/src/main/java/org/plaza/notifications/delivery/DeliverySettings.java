package org.plaza.notifications.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notifications are sent and kept.
 *
 * @param maxAttempts       attempts before a notification fails for good (the default spans about three hours)
 * @param initialBackoff    wait after the first failed attempt
 * @param backoffMultiplier each further wait is this many times the previous one…
 * @param maxBackoff        …up to this
 * @param pollInterval      how often the dispatch queue of unfinished notifications is read for due ones: scheduled
 *                          sends, retries, deferrals, expired leases and those a restart left behind (a request due
 *                          at once is claimed by its id at once)
 * @param concurrency       messages sent at the same time by one instance
 * @param sendingLease      how long a claimed notification may stay "sending" before it counts as interrupted
 *                          (longer than the worst SMTP plus attachment timeouts)
 * @param maxLateness       a scheduled send later than this after its time is dropped as expired
 * @param contactRetention  contact details and parameters are erased this long after a notification ends; remembered
 *                          cancellations and scheduled items are forgotten this long after they stop mattering
 * @param purgeInterval     how often the purges run
 */
@ConfigurationProperties("plaza.notifications.delivery")
public record DeliverySettings(@DefaultValue("10") int maxAttempts, @DefaultValue("30s") Duration initialBackoff,
        @DefaultValue("2.0") double backoffMultiplier, @DefaultValue("1h") Duration maxBackoff,
        @DefaultValue("10s") Duration pollInterval, @DefaultValue("4") int concurrency,
        @DefaultValue("5m") Duration sendingLease, @DefaultValue("1h") Duration maxLateness,
        @DefaultValue("7d") Duration contactRetention, @DefaultValue("10m") Duration purgeInterval) {

    public DeliverySettings {
        if (maxAttempts < 1 || concurrency < 1) {
            throw new IllegalArgumentException("plaza.notifications.delivery.max-attempts and concurrency must be at least 1");
        }
    }

    /** The wait after the given failed attempt (1 = the first). */
    Duration backoffAfter(int attempt) {
        double millis = initialBackoff.toMillis() * Math.pow(backoffMultiplier, Math.max(0, attempt - 1));
        return millis >= maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis((long) millis);
    }
}
