package org.plaza.gateway.limits;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Request size and rate limits ({@code plaza.gateway.limits}, {@code plaza.gateway.rate-limits}).
 *
 * @param limits     body sizes
 * @param rateLimits named rules; a request is counted by the first rule whose method and path match
 * @param maxClientsPerRule clients each rule keeps a bucket for ({@code plaza.gateway.max-clients-per-rule})
 * @param admission  how many requests of which rules may be in progress at once ({@code plaza.gateway.admission})
 */
@ConfigurationProperties("plaza.gateway")
record LimitSettings(@DefaultValue Limits limits, Map<String, Rule> rateLimits,
        @DefaultValue("50000") int maxClientsPerRule, @DefaultValue Admission admission) {

    LimitSettings {
        rateLimits = rateLimits == null ? Map.of() : rateLimits;
    }

    /**
     * @param maxBodySize      largest request body on resident and public paths
     * @param maxStaffBodySize largest request body on {@code /staff/**} and {@code /api/staff/**}
     */
    record Limits(@DefaultValue("256KB") DataSize maxBodySize, @DefaultValue("2MB") DataSize maxStaffBodySize) {
    }

    /**
     * @param methods   HTTP methods counted (default POST)
     * @param paths     path patterns ({@code /petitions/**})
     * @param burst     short window: how many requests in how long
     * @param sustained long window
     * @param anonymousOnly count only requests without a valid gateway session or bearer token (signed-in staff
     *                  are not slowed down)
     */
    record Rule(@DefaultValue("POST") List<String> methods, List<String> paths, Window burst, Window sustained,
            @DefaultValue("false") boolean anonymousOnly) {
    }

    /** {@code capacity} requests per {@code period}, refilled gradually. */
    record Window(long capacity, Duration period) {
    }

    /**
     * Admission control: at most {@code maxConcurrent} requests counted by the named rate-limit {@code rules} are in
     * progress at once (the whole way through the gateway and the service behind it); one more is answered at once
     * with 503 and {@code Retry-After: retryAfter} instead of waiting in a queue.
     *
     * @param rules         rate-limit rules whose requests are admitted this way (default {@code resident-writes})
     * @param maxConcurrent requests of those rules in progress at once; 0 or less turns admission control off
     * @param retryAfter    what the refusal's {@code Retry-After} says
     */
    record Admission(@DefaultValue("resident-writes") List<String> rules, @DefaultValue("24") int maxConcurrent,
            @DefaultValue("2s") Duration retryAfter) {
    }
}
