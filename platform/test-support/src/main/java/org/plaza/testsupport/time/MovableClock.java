package org.plaza.testsupport.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A UTC clock a test moves, for a service's {@code Clock} bean or a class under test. It either runs with real time
 * (shifted by what the test chose) or stands still at an instant:
 *
 * <pre>{@code
 * MovableClock clock = MovableClock.standingAt(Instant.parse("2026-01-05T10:00:00Z"));
 * clock.advance(Duration.ofMinutes(15));        // stands at 10:15
 * MovableClock running = MovableClock.running();
 * running.moveTo(deadline);                     // reads the deadline, and runs on from there
 * running.freezeAt(deadline); running.release(); running.reset();
 * }</pre>
 */
public class MovableClock extends Clock {

    private Duration offset = Duration.ZERO;
    private Instant standing;

    protected MovableClock() {
    }

    /** A clock that runs with real time until the test moves or freezes it. */
    public static MovableClock running() {
        return new MovableClock();
    }

    /** A clock that stands at {@code at} until the test moves it. */
    public static MovableClock standingAt(Instant at) {
        MovableClock clock = new MovableClock();
        clock.freezeAt(at);
        return clock;
    }

    /** From now on the clock reads {@code at}: it stands there if it was standing, else it runs on from there. */
    public synchronized void moveTo(Instant at) {
        if (standing != null) {
            standing = at;
        } else {
            offset = Duration.between(Instant.now(), at);
        }
    }

    /** Moves the clock forward by {@code by}. */
    public synchronized void advance(Duration by) {
        moveTo(instant().plus(by));
    }

    /** Stops the clock at {@code at}. */
    public synchronized void freezeAt(Instant at) {
        standing = at;
    }

    /** Lets a standing clock run again from where it stands. */
    public synchronized void release() {
        if (standing != null) {
            offset = Duration.between(Instant.now(), standing);
            standing = null;
        }
    }

    /** Back to real time, running. */
    public synchronized void reset() {
        offset = Duration.ZERO;
        standing = null;
    }

    @Override
    public synchronized Instant instant() {
        return standing != null ? standing : Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** Always UTC: the zone of the platform's one clock. */
    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
