package org.plaza.petitions.tally;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * A petition's counts at a moment: {@code total} signatures that still count (confirmed or waiting for
 * confirmation; invalidated and flagged ones excluded), {@code verified} the confirmed ones among them,
 * which are what a petition's progress means, and the confirmed ones by community code.
 */
public record Counts(long total, long verified, Map<String, Long> byCommunity, Instant asOf) {

    public Counts {
        byCommunity = Map.copyOf(byCommunity);
    }

    public static Counts zero(Instant asOf) {
        return new Counts(0, 0, Map.of(), asOf);
    }

    public long pending() {
        return Math.max(0, total - verified);
    }

    /** The communities in a stable order, for pages and files. */
    public Map<String, Long> byCommunitySorted() {
        return new TreeMap<>(byCommunity);
    }
}
