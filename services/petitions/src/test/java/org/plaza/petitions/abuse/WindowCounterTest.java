package org.plaza.petitions.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The sliding window forgets events older than the window and idle keys. */
class WindowCounterTest {

    static final Instant T0 = Instant.parse("2026-03-01T18:00:00Z");

    @Test
    void countsEventsInsideTheWindowOnly() {
        WindowCounter counter = new WindowCounter(Duration.ofMinutes(10));
        for (int i = 0; i < 5; i++) {
            counter.record("a", T0.plusSeconds(i * 60));
        }
        assertThat(counter.count("a", T0.plusSeconds(4 * 60))).isEqualTo(5);
        assertThat(counter.count("a", T0.plusSeconds(11 * 60))).isEqualTo(3);
        assertThat(counter.count("a", T0.plusSeconds(30 * 60))).isZero();
        assertThat(counter.count("b", T0)).isZero();
    }

    @Test
    void dropsKeysIdleForAWholeWindow() {
        WindowCounter counter = new WindowCounter(Duration.ofMinutes(1));
        counter.record("a", T0);
        counter.record("b", T0.plusSeconds(55));
        counter.evictIdle(T0.plusSeconds(70));
        assertThat(counter.keys()).isEqualTo(1);
    }
}
