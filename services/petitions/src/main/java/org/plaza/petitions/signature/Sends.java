package org.plaza.petitions.signature;

import java.time.Duration;
import java.time.Instant;

/**
 * The emails one signature caused: the total (it numbers notification requests), the last one, and how
 * many in the current 24-hour window; the resend limits are decided here.
 */
record Sends(int total, Instant lastSentAt, Instant windowStart, int inWindow) {

    static final Sends NONE = new Sends(0, null, null, 0);
    private static final Duration DAY = Duration.ofHours(24);

    Verdict check(Instant now, Duration minInterval, int maxPerDay) {
        if (lastSentAt != null && now.isBefore(lastSentAt.plus(minInterval))) {
            return Verdict.TOO_SOON;
        }
        if (windowStart != null && now.isBefore(windowStart.plus(DAY)) && inWindow >= maxPerDay) {
            return Verdict.DAILY_LIMIT;
        }
        return Verdict.SEND;
    }

    Sends sent(Instant now) {
        boolean sameWindow = windowStart != null && now.isBefore(windowStart.plus(DAY));
        return new Sends(total + 1, now, sameWindow ? windowStart : now, sameWindow ? inWindow + 1 : 1);
    }

    /** Whether another email may go now. */
    enum Verdict {
        SEND, TOO_SOON, DAILY_LIMIT
    }
}
