package org.plaza.supporters.erasure;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.plaza.starter.id.Ids;
import org.plaza.starter.mongo.Retries;
import org.plaza.supporters.supporter.SupporterStore;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Erases a person and answers whether a fact is covered by an erasure. The order matters without transactions:
 * the erasure (with its event and tombstone) is saved first, then the record is removed; a crash between the two
 * leaves a record that intake no longer adds to and that the next erasure removes, never an erasure nobody hears of.
 */
@Service
public class Erasing {

    private static final int ATTEMPTS = 5;

    private final Erasures erasures;
    private final SupporterStore store;
    private final MeterRegistry meters;
    private final Clock clock;

    Erasing(Erasures erasures, SupporterStore store, MeterRegistry meters, Clock clock) {
        this.erasures = erasures;
        this.store = store;
        this.meters = meters;
        this.clock = clock;
    }

    /** Erases everything this service keeps about {@code supporterId} and tells every other holder. */
    public Instant erase(String supporterId) {
        Instant erasedAt = save(supporterId);
        store.remove(supporterId);
        meters.counter("plaza.supporters.erasures").increment();
        return erasedAt;
    }

    private Instant save(String supporterId) {
        return Retries.onConflictOrDuplicateKey(ATTEMPTS, () -> {
            Instant now = clock.instant();
            Erasure erasure = erasures.findById(supporterId).orElseGet(() -> Erasure.of(supporterId));
            erasure.erase(Ids.next("era", now), now);
            erasures.save(erasure);
            return now;
        });
    }

    /** When the person was last erased, if ever. */
    public Optional<Instant> erasedAt(String supporterId) {
        return erasures.findById(supporterId).map(Erasure::erasedAt);
    }

    /**
     * Whether a fact about the person from {@code at} (a hand-over, an action) happened before their erasure, so that
     * it must not bring them back: a late or replayed message. A new action after the erasure is not covered.
     */
    public boolean covers(String supporterId, Instant at) {
        return erasures.findById(supporterId).map(erasure -> erasure.covers(at)).orElse(false);
    }
}
