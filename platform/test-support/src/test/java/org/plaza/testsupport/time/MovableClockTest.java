package org.plaza.testsupport.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

class MovableClockTest {

    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    @Test
    void aStandingClockMovesOnlyWhenTold() {
        MovableClock clock = MovableClock.standingAt(T0);

        clock.advance(Duration.ofMinutes(15));

        assertThat(clock.instant()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
        assertThat(clock.instant()).isEqualTo(clock.instant());
    }

    @Test
    void aRunningClockMovedToAnInstantRunsOnFromThere() {
        MovableClock clock = MovableClock.running();

        clock.moveTo(T0);

        assertThat(clock.instant()).isBetween(T0, T0.plus(Duration.ofMinutes(1)));
    }

    @Test
    void aReleasedClockRunsOnFromWhereItStoodAndAResetOneReadsRealTime() {
        MovableClock clock = MovableClock.running();
        clock.freezeAt(T0);
        clock.release();

        assertThat(clock.instant()).isBetween(T0, T0.plus(Duration.ofMinutes(1)));

        clock.reset();
        assertThat(clock.instant()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
    }
}
