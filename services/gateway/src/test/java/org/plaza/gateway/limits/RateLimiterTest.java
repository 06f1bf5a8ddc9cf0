package org.plaza.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final ManualClock clock = new ManualClock();
    private final RateLimiter limiter = new RateLimiter(Map.of("resident-writes", new LimitSettings.Rule(
            List.of("POST"), List.of("/petitions/**", "/api/public/petitions/**"),
            new LimitSettings.Window(3, Duration.ofMinutes(1)),
            new LimitSettings.Window(5, Duration.ofHours(1)), false)), 100, clock);

    @Test
    void allowsABurstThenRefusesWithTheWaitUntilTheNextToken() {
        for (int i = 0; i < 3; i++) {
            assertThat(sign("203.0.113.9")).isEmpty();
        }

        assertThat(sign("203.0.113.9")).contains(Duration.ofSeconds(20));
        assertThat(sign("198.51.100.7")).isEmpty();
    }

    @Test
    void theSustainedWindowHoldsWhenTheBurstRefills() {
        for (int i = 0; i < 3; i++) {
            sign("203.0.113.9");
        }
        clock.advance(Duration.ofMinutes(1));
        assertThat(sign("203.0.113.9")).isEmpty();
        assertThat(sign("203.0.113.9")).isEmpty();

        Optional<Duration> refused = sign("203.0.113.9");

        assertThat(refused).hasValueSatisfying(wait -> assertThat(wait).isGreaterThan(Duration.ofMinutes(5)));
    }

    @Test
    void countsOnlyTheConfiguredMethodsAndPaths() {
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.acquire("GET", "/petitions/agua", "203.0.113.9")).isEmpty();
            assertThat(limiter.acquire("POST", "/staff/petitions/agua", "203.0.113.9")).isEmpty();
        }
        assertThat(limiter.ruleFor("POST", "/api/public/petitions/agua/signatures")).contains("resident-writes");
    }

    @Test
    void oneIpv6NetworkIsOneClient() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("POST", "/petitions/agua/sign", "2001:db8:1:2::" + (i + 1));
        }

        assertThat(limiter.acquire("POST", "/petitions/agua/sign", "2001:db8:1:2:ffff::1")).isPresent();
        assertThat(limiter.acquire("POST", "/petitions/agua/sign", "2001:db8:1:3::1")).isEmpty();
    }

    @Test
    void forgetsClientsOnceTheirBucketsAreFullAgain() {
        sign("203.0.113.9");
        clock.advance(Duration.ofMinutes(30));
        limiter.forgetIdle();
        assertThat(limiter.trackedClients()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(31));
        limiter.forgetIdle();

        assertThat(limiter.trackedClients()).isZero();
    }

    @Test
    void floodingOneRuleWithManyClientsNeverPutsRealClientsOfAnotherRuleInASharedBucket() {
        RateLimiter small = twoRules(10);
        for (int i = 0; i < 1_000; i++) {
            small.acquire("POST", "/petitions/a", "10." + (i / 65_536) + "." + (i / 256 % 256) + "." + (i % 256));
        }

        for (String staff : new String[] { "192.0.2.10", "198.51.100.20" }) {
            assertThat(small.acquire("POST", "/identity/sign-in", staff)).isEmpty();
            assertThat(small.acquire("POST", "/identity/sign-in", staff)).isEmpty();
        }
        assertThat(small.trackedClients("staff-sign-in")).isEqualTo(2);
        assertThat(small.trackedClients("resident-writes")).isLessThanOrEqualTo(10);
    }

    @Test
    void floodingARuleEvictsTheLeastRecentlyUsedInsteadOfSharingOneBucketWithRealClients() {
        RateLimiter small = twoRules(10);
        for (int i = 0; i < 1_000; i++) {
            small.acquire("POST", "/petitions/a", "10." + (i / 65_536) + "." + (i / 256 % 256) + "." + (i % 256));
        }

        assertThat(small.acquire("POST", "/petitions/a", "192.0.2.1")).isEmpty();
        assertThat(small.acquire("POST", "/petitions/a", "192.0.2.1")).isEmpty();
        assertThat(small.acquire("POST", "/petitions/a", "198.51.100.1")).isEmpty();
        assertThat(small.acquire("POST", "/petitions/a", "198.51.100.1")).isEmpty();
        assertThat(small.trackedClients("resident-writes")).isLessThanOrEqualTo(10);
    }

    @Test
    void underPressureANetworkFloodingARuleIsCountedAsOneClient() {
        RateLimiter small = twoRules(10);
        for (int i = 0; i < 5; i++) {
            small.acquire("POST", "/petitions/a", "192.0.2." + i);
        }

        assertThat(small.acquire("POST", "/petitions/a", "203.0.113.1")).isEmpty();
        assertThat(small.acquire("POST", "/petitions/a", "203.0.113.2")).isEmpty();
        assertThat(small.acquire("POST", "/petitions/a", "203.0.113.3")).isPresent();
        assertThat(small.acquire("POST", "/petitions/a", "198.51.100.7")).isEmpty();
    }

    @Test
    void anAnonymousOnlyRuleDoesNotCountSignedInStaff() {
        RateLimiter starts = new RateLimiter(Map.of("sign-in-start", new LimitSettings.Rule(List.of("GET"),
                List.of("/staff/**"), new LimitSettings.Window(1, Duration.ofMinutes(1)),
                new LimitSettings.Window(10, Duration.ofHours(1)), true)), 100, clock);

        assertThat(starts.acquire("GET", "/staff/campaigns/", "192.0.2.1", true)).isEmpty();
        assertThat(starts.acquire("GET", "/staff/campaigns/", "192.0.2.1", true)).isPresent();
        assertThat(starts.acquire("GET", "/staff/campaigns/", "192.0.2.1", false)).isEmpty();
    }

    private RateLimiter twoRules(int maxClientsPerRule) {
        Map<String, LimitSettings.Rule> rules = new LinkedHashMap<>();
        rules.put("resident-writes", new LimitSettings.Rule(List.of("POST"), List.of("/petitions/**"),
                new LimitSettings.Window(2, Duration.ofMinutes(1)), new LimitSettings.Window(10, Duration.ofHours(1)), false));
        rules.put("staff-sign-in", new LimitSettings.Rule(List.of("POST"), List.of("/identity/sign-in"),
                new LimitSettings.Window(2, Duration.ofMinutes(1)), new LimitSettings.Window(10, Duration.ofHours(1)), false));
        return new RateLimiter(rules, maxClientsPerRule, clock);
    }

    private Optional<Duration> sign(String client) {
        return limiter.acquire("POST", "/petitions/agua/sign", client);
    }

    /** Time that moves only when the test says so. */
    static final class ManualClock implements TimeMeter {

        private long nanos = 1_000_000_000L;

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }
}
