package org.plaza.petitions.tally;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.plaza.starter.jobs.PlazaJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The counts residents and the public JSON see: a per-instance cache of each petition's shard sum,
 * re-read every {@code plaza.petitions.counting.refresh-interval} for the petitions someone asked about
 * in the last minutes, so however many people watch a viral petition, each instance reads its shards
 * about once a second. A petition the {@link CountsTicker} has just re-read (this instance changed it) is left out
 * of the next refresh: its counts are as fresh as a second read would make them.
 */
@Component
public class LiveCounts {

    private static final Logger log = LoggerFactory.getLogger(LiveCounts.class);
    private static final Duration KEEP_UNREQUESTED = Duration.ofMinutes(5);

    private final Tallies tallies;
    private final Clock clock;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    LiveCounts(Tallies tallies, Clock clock) {
        this.tallies = tallies;
        this.clock = clock;
    }

    /** The cached counts of a petition, read now if nobody asked for them recently. */
    public Counts get(String petitionId) {
        Entry entry = cache.computeIfAbsent(petitionId, id -> new Entry(tallies.read(id).counts()));
        entry.requestedAt = clock.instant();
        return entry.counts;
    }

    /** Reads a petition's counts now and updates the cache (for staff actions that record a count). */
    public Counts fresh(String petitionId) {
        Counts counts = tallies.read(petitionId).counts();
        remember(petitionId, counts);
        return counts;
    }

    void remember(String petitionId, Counts counts) {
        Entry entry = cache.get(petitionId);
        if (entry != null) {
            entry.counts = counts;
            entry.justRead = true;
        }
    }

    /** The refresh as the job {@code petitions.live-counts-refresh}: at start, then every {@code counting.refresh-interval}. */
    @Bean
    static PlazaJob liveCountsRefreshJob(LiveCounts liveCounts,
            @Value("${plaza.petitions.counting.refresh-interval:1s}") Duration interval) {
        return PlazaJob.every("petitions.live-counts-refresh", interval, liveCounts::refresh)
                .startingAfter(Duration.ZERO);
    }

    void refresh() {
        Instant forgetBefore = clock.instant().minus(KEEP_UNREQUESTED);
        cache.forEach((petitionId, entry) -> {
            if (entry.requestedAt.isBefore(forgetBefore)) {
                cache.remove(petitionId, entry);
                return;
            }
            if (entry.justRead) {
                entry.justRead = false;
                return;
            }
            try {
                entry.counts = tallies.read(petitionId).counts();
            } catch (RuntimeException e) {
                log.warn("Could not refresh the counts of petition {}: {}", petitionId, e.toString());
            }
        });
    }

    private final class Entry {
        private volatile Counts counts;
        private volatile Instant requestedAt;
        /** Read by the ticker since the last refresh. */
        private volatile boolean justRead;

        Entry(Counts counts) {
            this.counts = counts;
            this.requestedAt = clock.instant();
        }
    }
}
