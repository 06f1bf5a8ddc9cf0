package org.plaza.insights.replay;

import java.time.Instant;

/**
 * Where the current or last replay is.
 *
 * @param state       IDLE (never ran since start-up), RUNNING, DONE or FAILED
 * @param total       records to read: the topics' extent when the replay began
 * @param processed   records read so far
 * @param skipped     unreadable records skipped (the live consumer dead-lettered them)
 * @param startedAt   when it began
 * @param finishedAt  when it ended
 * @param requestedBy staff id of the admin who asked for it
 * @param error       why it failed (the exception's class), or null
 */
public record ReplayStatus(State state, long total, long processed, long skipped, Instant startedAt,
        Instant finishedAt, String requestedBy, String error) {

    /** Replay states. */
    public enum State {
        IDLE, RUNNING, DONE, FAILED
    }

    static ReplayStatus idle() {
        return new ReplayStatus(State.IDLE, 0, 0, 0, null, null, null, null);
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    /** Progress in percent, 0 to 100. */
    public int percent() {
        if (state == State.DONE) {
            return 100;
        }
        return total == 0 ? 0 : (int) Math.min(100, processed * 100 / total);
    }
}
