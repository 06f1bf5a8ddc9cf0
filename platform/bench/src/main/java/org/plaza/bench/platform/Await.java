package org.plaza.bench.platform;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Bounded waiting for the platform: events to propagate, projections to settle. */
public final class Await {

    private Await() {
    }

    /** Asks every half second until {@code attempt} gives a value (connection failures count as not yet); fails naming {@code what} after {@code timeout}. */
    public static <T> T until(String what, Duration timeout, Supplier<Optional<T>> attempt) {
        Instant deadline = Instant.now().plus(timeout);
        UncheckedIOException last = null;
        while (true) {
            try {
                Optional<T> value = attempt.get();
                if (value.isPresent()) {
                    return value.get();
                }
            } catch (UncheckedIOException e) {
                last = e;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Gave up after " + timeout.toSeconds() + " s waiting for " + what
                        + (last == null ? "" : ": " + last.getMessage()), last);
            }
            pause(Duration.ofMillis(500));
        }
    }

    /**
     * Reads {@code reading} until it gives the same value twice in a row {@code stableFor} apart and
     * {@code settled} accepts it, or {@code timeout} passes; returns the last value either way (the
     * verification then shows what did not settle). A reading that fails (a service still busy
     * answering 503) counts as not settled yet; only when no reading ever succeeded is the failure thrown.
     */
    public static <T> T settled(Duration timeout, Duration stableFor, Supplier<T> reading, Predicate<T> settled) {
        Instant deadline = Instant.now().plus(timeout);
        T previous = null;
        RuntimeException failure = null;
        while (true) {
            T current = null;
            try {
                current = reading.get();
            } catch (RuntimeException e) {
                failure = e;
            }
            if (current != null && current.equals(previous) && settled.test(current)) {
                return current;
            }
            if (current != null) {
                previous = current;
            }
            if (!Instant.now().isBefore(deadline)) {
                if (previous == null) {
                    throw failure;
                }
                return previous;
            }
            pause(stableFor);
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
