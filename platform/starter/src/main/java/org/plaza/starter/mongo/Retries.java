package org.plaza.starter.mongo;

import java.util.function.Function;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Read, change and save a versioned document again when another writer saved it in between. The attempt
 * reads the document afresh each time (so it decides on the other writer's change) and saves it; an
 * optimistic-locking conflict ({@code @Version} mismatch) runs it again, at most {@code attempts} times in all,
 * and the last conflict is thrown when every attempt met one. Any other exception ends it at once.
 */
public final class Retries {

    private static final Logger log = LoggerFactory.getLogger(Retries.class);

    private Retries() {
    }

    /** Runs {@code attempt} until it returns without an optimistic-locking conflict, at most {@code attempts} times. */
    public static <T> T onConflict(int attempts, Supplier<T> attempt) {
        return retried(attempts, attempt, false);
    }

    /**
     * {@link #onConflict(int, Supplier)} that, when every attempt met a conflict, answers what {@code exhausted}
     * makes of the last conflict instead of throwing it (an earlier state, a give-up the caller explains).
     */
    public static <T> T onConflict(int attempts, Supplier<T> attempt,
            Function<OptimisticLockingFailureException, T> exhausted) {
        try {
            return retried(attempts, attempt, false);
        } catch (OptimisticLockingFailureException conflict) {
            return exhausted.apply(conflict);
        }
    }

    /** {@link #onConflict(int, Supplier)} for an attempt that returns nothing. */
    public static void onConflict(int attempts, Runnable attempt) {
        retried(attempts, () -> {
            attempt.run();
            return null;
        }, false);
    }

    /**
     * {@link #onConflict(int, Supplier)} that also runs again when a racing writer inserted the same {@code _id}
     * first (a {@link DuplicateKeyException} on a document this attempt believed new).
     */
    public static <T> T onConflictOrDuplicateKey(int attempts, Supplier<T> attempt) {
        return retried(attempts, attempt, true);
    }

    private static <T> T retried(int attempts, Supplier<T> attempt, boolean duplicateKeys) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1: " + attempts);
        }
        for (int done = 1;; done++) {
            try {
                return attempt.get();
            } catch (OptimisticLockingFailureException | DuplicateKeyException conflict) {
                if (done >= attempts || (conflict instanceof DuplicateKeyException && !duplicateKeys)) {
                    throw conflict;
                }
                log.debug("Another writer came first (attempt {} of {}: {}); running again", done, attempts,
                        conflict.getMessage());
            }
        }
    }
}
