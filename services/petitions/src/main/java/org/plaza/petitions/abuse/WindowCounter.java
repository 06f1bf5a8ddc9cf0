package org.plaza.petitions.abuse;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts events per key over a sliding window, in memory, with a fixed number of buckets per key (so a
 * burst of thousands costs a few longs, not thousands of timestamps). Keys idle for a whole window are
 * dropped by {@link #evictIdle}.
 */
final class WindowCounter {

    private static final int BUCKETS = 10;

    private final long bucketMillis;
    private final Map<String, Ring> rings = new ConcurrentHashMap<>();

    WindowCounter(Duration window) {
        this.bucketMillis = Math.max(1, window.toMillis() / BUCKETS);
    }

    /** Records one event for {@code key} and returns how many it has in the window, this one included. */
    int record(String key, Instant now) {
        return rings.computeIfAbsent(key, k -> new Ring()).add(now.toEpochMilli() / bucketMillis);
    }

    int count(String key, Instant now) {
        Ring ring = rings.get(key);
        return ring == null ? 0 : ring.sum(now.toEpochMilli() / bucketMillis);
    }

    void evictIdle(Instant now) {
        long current = now.toEpochMilli() / bucketMillis;
        rings.values().removeIf(ring -> ring.idleSince(current));
    }

    int keys() {
        return rings.size();
    }

    private static final class Ring {
        private final long[] slots = new long[BUCKETS];
        private final int[] counts = new int[BUCKETS];
        private long last = Long.MIN_VALUE;

        synchronized int add(long bucket) {
            int slot = (int) Math.floorMod(bucket, (long) BUCKETS);
            if (slots[slot] != bucket) {
                slots[slot] = bucket;
                counts[slot] = 0;
            }
            counts[slot]++;
            last = Math.max(last, bucket);
            return sum(bucket);
        }

        synchronized int sum(long bucket) {
            int total = 0;
            for (int i = 0; i < BUCKETS; i++) {
                if (slots[i] > bucket - BUCKETS && slots[i] <= bucket) {
                    total += counts[i];
                }
            }
            return total;
        }

        synchronized boolean idleSince(long bucket) {
            return last <= bucket - BUCKETS;
        }
    }
}
