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
 */
@ConfigurationProperties("plaza.gateway")
record LimitSettings(@DefaultValue Limits limits, Map<String, Rule> rateLimits,
        @DefaultValue("50000") int maxClientsPerRule) {

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
}
