package org.plaza.campaigns.resident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Reuses a page's view model for a moment, so a campaign page shared by thousands of phones at once
 * costs a few queries every couple of seconds rather than a few per view. Bounded: when full it starts
 * over. A zero time to live turns it off.
 */
final class ShortCache<K, V> {

    private static final int MAX_ENTRIES = 2_000;

    private record Entry<V>(V value, Instant at) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Duration timeToLive;
    private final Clock clock;

    ShortCache(Duration timeToLive, Clock clock) {
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    V get(K key, Supplier<V> compute) {
        Instant now = clock.instant();
        Entry<V> cached = entries.get(key);
        if (cached != null && now.isBefore(cached.at().plus(timeToLive))) {
            return cached.value();
        }
        V value = compute.get();
        if (!timeToLive.isZero() && !timeToLive.isNegative()) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(key, new Entry<>(value, now));
        }
        return value;
    }
}
