package org.plaza.insights.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.plaza.insights.InsightsSettings;
import org.plaza.testsupport.time.MovableClock;
import org.springframework.mock.env.MockEnvironment;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * When the platform's health is checked: every check makes every service compute its consumer lag, so the checks
 * follow whether anybody watches the health, on the job's own runs (every {@code health-interval}).
 */
class HealthWatchTest {

    private static final Duration INTERVAL = Duration.ofSeconds(10);
    private static final Duration IDLE_INTERVAL = Duration.ofMinutes(5);
    private static final Duration WATCH_WINDOW = Duration.ofMinutes(1);

    private final MovableClock clock = MovableClock.standingAt(Instant.parse("2026-12-07T18:00:00Z"));
    private final AtomicInteger checks = new AtomicInteger();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final PlatformHealth health = health();
    private boolean scrapeInsightsOnEachCheck;

    @Test
    void nobodyWatchingChecksOnlyEveryIdleInterval() {
        runTheJobFor(Duration.ofMinutes(12));

        assertThat(checks).as("at start-up, after 5 and after 10 minutes").hasValue(3);
    }

    @Test
    void aLookKeepsTheChecksAtTheHealthIntervalForTheWatchWindowThenTheyGoBackToIdle() {
        health.checkWhenDue();
        clock.advance(Duration.ofSeconds(30));
        health.watching();

        runTheJobFor(WATCH_WINDOW);
        int whileWatched = checks.get();
        runTheJobFor(Duration.ofMinutes(3));

        assertThat(whileWatched).as("at start-up, then every 10 s while watched").isBetween(6, 8);
        assertThat(checks).as("none more once the window has passed, before the idle interval").hasValue(whileWatched);
    }

    @Test
    void aScrapeOfTheHealthGaugesCountsAsWatching() {
        health.checkWhenDue();
        clock.advance(Duration.ofSeconds(30));
        meters.get("plaza.insights.target.up").gauge().value();

        runTheJobFor(Duration.ofSeconds(40));

        assertThat(checks.get()).as("at start-up, then every 10 s since the scrape").isGreaterThanOrEqualTo(4);
    }

    @Test
    void theCheckScrapingInsightsItselfIsNoWatcher() {
        scrapeInsightsOnEachCheck = true;

        runTheJobFor(Duration.ofMinutes(6));

        assertThat(checks).as("at start-up and after 5 minutes").hasValue(2);
    }

    /** The job's runs, one every health interval. */
    private void runTheJobFor(Duration period) {
        Instant end = clock.instant().plus(period);
        while (clock.instant().isBefore(end)) {
            health.checkWhenDue();
            clock.advance(INTERVAL);
        }
    }

    private PlatformHealth health() {
        InsightsSettings settings = new InsightsSettings(ZoneId.of("America/Los_Angeles"), Duration.ofDays(14),
                Duration.ofSeconds(1), Duration.ofHours(24), INTERVAL, Duration.ofSeconds(2), IDLE_INTERVAL,
                WATCH_WINDOW);
        ServiceProbes probes = new ServiceProbes(new PlatformServices(Map.of("petitions",
                new PlatformServices.Address(java.net.URI.create("http://127.0.0.1:1")))), settings,
                JsonMapper.builder().build(), clock, new MockEnvironment()) {

            @Override
            public void checkAll() {
                checks.incrementAndGet();
                if (scrapeInsightsOnEachCheck) {
                    meters.find("plaza.insights.target.up").gauges().forEach(gauge -> gauge.value());
                }
            }

            @Override
            public List<ServiceStatus> statuses() {
                return List.of(new ServiceStatus("petitions", "http://127.0.0.1:1", ServiceStatus.State.UP, "UP", null,
                        null, null, clock.instant()));
            }
        };
        ConsumerLag lag = new ConsumerLag(null) {

            @Override
            public void measure() {
            }
        };
        return new PlatformHealth(probes, lag, null, null, settings, clock, meters);
    }
}
