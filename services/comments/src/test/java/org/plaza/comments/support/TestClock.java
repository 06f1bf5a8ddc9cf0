package org.plaza.comments.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The clock of the service under test. It runs with real time unless a test freezes it at an instant,
 * and it never goes backwards, so tests that share one application context never see time reverse.
 */
public final class TestClock extends Clock {

    private static final TestClock SHARED = new TestClock();
    private Duration offset = Duration.ZERO;
    private Instant frozen;

    public static TestClock shared() {
        return SHARED;
    }

    /** Stops the clock at {@code at} (which must not be earlier than now). */
    public synchronized void freezeAt(Instant at) {
        if (at.isBefore(instant())) {
            throw new IllegalArgumentException("The test clock does not go back: " + at + " < " + instant());
        }
        frozen = at;
    }

    /** Lets the clock run again from where it stands. */
    public synchronized void release() {
        if (frozen != null) {
            offset = Duration.between(Instant.now(), frozen);
            frozen = null;
        }
    }

    @Override
    public synchronized Instant instant() {
        return frozen != null ? frozen : Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    /** Replaces the service's clock in tests. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        TestClock testClock() {
            return SHARED;
        }
    }
}
