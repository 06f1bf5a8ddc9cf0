package org.plaza.notifications.channel.sms;

import java.time.Instant;
import java.util.Optional;

/**
 * Limits against SMS pumping (fraud that makes a site send codes to premium numbers it pays for): at most
 * {@code perNumber} texts to one number per window, and at most {@code perPrefix} transactional texts (codes,
 * confirmations: what an anonymous form can trigger) to one prefix per window. A text over a limit is refused,
 * not delayed: a flood would otherwise only be postponed. Counts are kept per hashed number and prefix.
 */
public final class SendLimits {

    /** Which limit refused a text. */
    public enum Refusal {
        NUMBER, PREFIX
    }

    private final WindowCounters counters;
    private final SmsSettings.Limits limits;

    public SendLimits(WindowCounters counters, SmsSettings.Limits limits) {
        this.counters = counters;
        this.limits = limits;
    }

    /**
     * Counts a text about to go to {@code numberKey} (in {@code prefixKey}); empty when it may go, otherwise which
     * limit it is over.
     */
    public Optional<Refusal> admit(String numberKey, String prefixKey, boolean transactional, Instant now) {
        Instant window = windowStart(now);
        if (transactional && counters.increment("prefix|" + prefixKey, window) > limits.perPrefix()) {
            return Optional.of(Refusal.PREFIX);
        }
        if (counters.increment("number|" + numberKey, window) > limits.perNumber()) {
            return Optional.of(Refusal.NUMBER);
        }
        return Optional.empty();
    }

    /** The fixed window {@code now} falls in. */
    Instant windowStart(Instant now) {
        long size = limits.window().toMillis();
        return Instant.ofEpochMilli(now.toEpochMilli() - Math.floorMod(now.toEpochMilli(), size));
    }
}
