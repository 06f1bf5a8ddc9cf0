package org.plaza.notifications.channel.email;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Per-recipient-domain send limits (a token bucket per domain), so a burst to one provider does not get
 * the sender throttled or marked as spam. The buckets live in this instance: with N instances the
 * platform-wide rate is at most N times the configured one, so divide the setting by N when scaling out.
 */
@Component
class DomainRateLimits {

    private final EmailSettings.RateLimit settings;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    DomainRateLimits(EmailSettings settings) {
        this.settings = settings.rateLimit();
    }

    /** Takes one send from the domain's allowance; returns how long to wait when there is none (zero: go). */
    Duration acquire(String domain) {
        ConsumptionProbe probe = buckets.computeIfAbsent(domain, this::bucket).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    private Bucket bucket(String domain) {
        int perMinute = Math.max(1, settings.perMinuteFor(domain));
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
    }
}
