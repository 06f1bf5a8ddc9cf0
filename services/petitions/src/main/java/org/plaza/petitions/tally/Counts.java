package org.plaza.petitions.tally;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A petition's counts at a moment: {@code total} signatures that still count (confirmed or waiting for
 * confirmation; invalidated and flagged ones excluded), {@code verified} the confirmed ones among them,
 * which are what a petition's progress means, and the confirmed ones by community code and by channel.
 * Counters kept before channels were counted hold no {@code WEB} entry: {@link #byChannelOf} counts as web
 * whatever confirmed signature no other channel claims.
 */
public record Counts(long total, long verified, Map<String, Long> byCommunity, Instant asOf,
        Map<String, Long> byChannel) {

    public Counts {
        byCommunity = Map.copyOf(byCommunity);
        byChannel = byChannel == null ? Map.of() : Map.copyOf(byChannel);
    }

    public Counts(long total, long verified, Map<String, Long> byCommunity, Instant asOf) {
        this(total, verified, byCommunity, asOf, Map.of());
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

    /** The confirmed signatures of every channel ({@link Channels#ALL}, web first), adding up to {@link #verified}. */
    public Map<String, Long> byChannelOf() {
        Map<String, Long> split = new LinkedHashMap<>();
        long others = 0;
        for (String channel : Channels.ALL) {
            if (!Channels.WEB.equals(channel)) {
                long n = byChannel.getOrDefault(channel, 0L);
                split.put(channel, n);
                others += n;
            }
        }
        Map<String, Long> ordered = new LinkedHashMap<>();
        ordered.put(Channels.WEB, Math.max(0, verified - others));
        ordered.putAll(split);
        return ordered;
    }
}
