package org.plaza.comments.support;

import java.time.Instant;

import org.plaza.testsupport.time.MovableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The clock of the service under test. It runs with real time unless a test freezes it at an instant,
 * and it never goes backwards, so tests that share one application context never see time reverse.
 */
public final class TestClock extends MovableClock {

    private static final TestClock SHARED = new TestClock();

    public static TestClock shared() {
        return SHARED;
    }

    /** Stops the clock at {@code at} (which must not be earlier than now). */
    @Override
    public synchronized void freezeAt(Instant at) {
        if (at.isBefore(instant())) {
            throw new IllegalArgumentException("The test clock does not go back: " + at + " < " + instant());
        }
        super.freezeAt(at);
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
