package org.plaza.notifications.channel.sms;

import java.time.Instant;

/** Counts events per key in fixed time windows, shared by every instance of the service. */
public interface WindowCounters {

    /** Counts one more event for {@code key} in the window starting at {@code windowStart}; returns the new count. */
    long increment(String key, Instant windowStart);

    /** Forgets the counts of windows that started before {@code before}. */
    void forgetBefore(Instant before);
}
