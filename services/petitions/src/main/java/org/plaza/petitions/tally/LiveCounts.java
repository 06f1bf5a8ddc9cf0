package org.plaza.petitions.tally;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.plaza.petitions.PetitionSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The counts residents and the public JSON see: a per-instance read-through cache of each petition's shard sum.
 * A request that finds a petition's counts older than {@code plaza.petitions.counting.refresh-interval} (1 s)
 * reads its shards again; however many people watch a viral petition, each instance reads its shards at most
 * about once a second, and a petition nobody asks about is never read. One request reads while the others of the
 * same moment get the counts it replaces (at most a read's time older) or, the very first time, wait for it.
 * Counts the {@link CountsTicker} or the {@link Reconciler} has just read are kept as fresh, so a petition this
 * instance changed is not read twice in one second. An entry is a few hundred bytes per petition asked about (or
 * changed here) since start; nothing polls.
 */
@Component
public class LiveCounts {

    private static final Logger log = LoggerFactory.getLogger(LiveCounts.class);

    private final Tallies tallies;
    private final Duration maxAge;
    private final Clock clock;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    LiveCounts(Tallies tallies, PetitionSettings settings, Clock clock) {
        this.tallies = tallies;
        this.maxAge = settings.counting().refreshInterval();
        this.clock = clock;
    }

    /** A petition's counts at most {@code refresh-interval} old (plus one read), read now if they are older. */
    public Counts get(String petitionId) {
        Entry entry = cache.computeIfAbsent(petitionId, id -> new Entry());
        Counts known = entry.counts;
        if (known != null && fresh(known)) {
            return known;
        }
        if (known != null) {
            if (!entry.reading.tryLock()) {
                return known;
            }
        } else {
            entry.reading.lock();
        }
        try {
            Counts current = entry.counts;
            if (current != null && fresh(current)) {
                return current;
            }
            try {
                Counts read = tallies.read(petitionId).counts();
                entry.offer(read);
                return read;
            } catch (RuntimeException e) {
                if (current == null) {
                    throw e;
                }
                log.warn("Could not read the counts of petition {}; showing those of {}: {}", petitionId,
                        current.asOf(), e.toString());
                return current;
            }
        } finally {
            entry.reading.unlock();
        }
    }

    /** Reads a petition's counts now and updates the cache (for staff actions that record a count). */
    public Counts fresh(String petitionId) {
        Counts counts = tallies.read(petitionId).counts();
        remember(petitionId, counts);
        return counts;
    }

    /** Counts just read elsewhere (the ticker, the reconciler): served as they are until they are too old. */
    void remember(String petitionId, Counts counts) {
        cache.computeIfAbsent(petitionId, id -> new Entry()).offer(counts);
    }

    private boolean fresh(Counts counts) {
        Instant now = clock.instant();
        return !now.isBefore(counts.asOf()) && now.isBefore(counts.asOf().plus(maxAge));
    }

    /** One petition's counts and the lock that lets one request at a time read them again. */
    private static final class Entry {
        private final ReentrantLock reading = new ReentrantLock();
        private volatile Counts counts;

        /** Keeps {@code offered} unless the counts held are newer. */
        synchronized void offer(Counts offered) {
            if (counts == null || !offered.asOf().isBefore(counts.asOf())) {
                counts = offered;
            }
        }
    }
}
