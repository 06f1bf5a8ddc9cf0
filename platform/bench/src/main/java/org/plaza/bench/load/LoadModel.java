package org.plaza.bench.load;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * How load arrives. {@link Open}: operations start at a fixed rate whatever the system does, as
 * residents arrive on the night a petition goes viral; latency counts from when each was due.
 * {@link Closed}: a fixed number of users each start the next operation when the last ends.
 */
public sealed interface LoadModel {

    /** Runs operations for {@code duration}, reporting each to the recorder; returns once all have ended. */
    void drive(Operation operation, Duration duration, RunRecorder recorder, long startNanos,
            Consumer<String> progress) throws InterruptedException;

    String describe();

    /** Load after {@code --duration}, as part of the run (the overload's recovery); none by default. */
    default Duration after() {
        return Duration.ZERO;
    }

    /** Named phases of the run by when they start, for {@link RunRecorder#phase}; none by default. */
    default Map<String, Duration> phases(Duration duration) {
        return Map.of();
    }

    record Open(double perSecond, int maxInFlight) implements LoadModel {

        @Override
        public void drive(Operation operation, Duration duration, RunRecorder recorder, long startNanos,
                Consumer<String> progress) throws InterruptedException {
            Semaphore inFlight = new Semaphore(maxInFlight);
            AtomicLong sequence = new AtomicLong();
            arrive(operation, perSecond, startNanos, startNanos + duration.toNanos(), inFlight, maxInFlight, sequence,
                    recorder, progress);
            inFlight.tryAcquire(maxInFlight, 120, TimeUnit.SECONDS);
        }

        /** Starts operations at {@code perSecond} from {@code from} until {@code end} (nanoTime). */
        static void arrive(Operation operation, double perSecond, long from, long end, Semaphore inFlight,
                int maxInFlight, AtomicLong sequence, RunRecorder recorder, Consumer<String> progress) {
            long interval = (long) (1_000_000_000L / perSecond);
            long nextProgress = from + 1_000_000_000L;
            for (long due = from; due < end; due += interval) {
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                long dueAt = due;
                if (!inFlight.tryAcquire()) {
                    recorder.record(dueAt, System.nanoTime(), Outcome.error("client-backlog-full"));
                    continue;
                }
                start(operation, sequence.getAndIncrement()).whenComplete((outcome, error) -> {
                    recorder.record(dueAt, System.nanoTime(), error == null ? outcome : Outcome.error(kind(error)));
                    inFlight.release();
                });
                if (System.nanoTime() > nextProgress) {
                    progress.accept(sequence.get() + " started, " + (maxInFlight - inFlight.availablePermits()) + " in flight");
                    nextProgress += 1_000_000_000L;
                }
            }
        }

        @Override
        public String describe() {
            return "open model, " + perSecond + " operations/s";
        }
    }

    /**
     * Overload: {@code factor} times {@code perSecond} for the run's duration (an open model: arrivals do not wait
     * for answers), then {@code perSecond} for {@code after}, to see whether latency comes back. Phases
     * {@code overload} and {@code after}.
     */
    record Overload(double perSecond, double factor, Duration after, int maxInFlight) implements LoadModel {

        @Override
        public void drive(Operation operation, Duration duration, RunRecorder recorder, long startNanos,
                Consumer<String> progress) throws InterruptedException {
            Semaphore inFlight = new Semaphore(maxInFlight);
            AtomicLong sequence = new AtomicLong();
            long switchAt = startNanos + duration.toNanos();
            Open.arrive(operation, perSecond * factor, startNanos, switchAt, inFlight, maxInFlight, sequence, recorder,
                    line -> progress.accept("overload: " + line));
            Open.arrive(operation, perSecond, switchAt, switchAt + after.toNanos(), inFlight, maxInFlight, sequence,
                    recorder, line -> progress.accept("after: " + line));
            inFlight.tryAcquire(maxInFlight, 120, TimeUnit.SECONDS);
        }

        @Override
        public Map<String, Duration> phases(Duration duration) {
            Map<String, Duration> phases = new LinkedHashMap<>();
            phases.put("overload", Duration.ZERO);
            phases.put("after", duration);
            return phases;
        }

        @Override
        public String describe() {
            return "overload, " + factor + " x " + perSecond + " operations/s, then " + perSecond + "/s for "
                    + after.toSeconds() + " s";
        }
    }

    /**
     * Another model's load, its run also counted in two phases, before and from {@code at} (e.g. the first 20 s after a
     * start-up, where a cold start's tail is, and the rest); a model that has phases of its own keeps them.
     */
    record Split(LoadModel load, Duration at) implements LoadModel {

        @Override
        public void drive(Operation operation, Duration duration, RunRecorder recorder, long startNanos,
                Consumer<String> progress) throws InterruptedException {
            load.drive(operation, duration, recorder, startNanos, progress);
        }

        @Override
        public Duration after() {
            return load.after();
        }

        @Override
        public Map<String, Duration> phases(Duration duration) {
            Map<String, Duration> own = load.phases(duration);
            if (!own.isEmpty()) {
                return own;
            }
            Map<String, Duration> phases = new LinkedHashMap<>();
            phases.put("first " + at.toSeconds() + " s", Duration.ZERO);
            phases.put("from " + at.toSeconds() + " s", at);
            return phases;
        }

        @Override
        public String describe() {
            return load.describe() + ", counted apart before and from " + at.toSeconds() + " s";
        }
    }

    record Closed(int users) implements LoadModel {

        @Override
        public void drive(Operation operation, Duration duration, RunRecorder recorder, long startNanos,
                Consumer<String> progress) throws InterruptedException {
            long end = startNanos + duration.toNanos();
            AtomicLong sequence = new AtomicLong();
            CountDownLatch done = new CountDownLatch(users);
            for (int u = 0; u < users; u++) {
                Thread user = new User(() -> {
                    try {
                        while (System.nanoTime() < end) {
                            long due = System.nanoTime();
                            Outcome outcome;
                            try {
                                outcome = start(operation, sequence.getAndIncrement()).get(120, TimeUnit.SECONDS);
                            } catch (Exception e) {
                                outcome = Outcome.error(kind(e));
                            }
                            recorder.record(due, System.nanoTime(), outcome);
                        }
                    } finally {
                        done.countDown();
                    }
                }, "bench-user-" + u);
                user.setDaemon(true);
                user.start();
            }
            while (!done.await(1, TimeUnit.SECONDS)) {
                progress.accept(sequence.get() + " started by " + users + " users");
            }
        }

        @Override
        public String describe() {
            return "closed model, " + users + " concurrent users";
        }

        /**
         * Whether the calling thread is a closed-model user's own. A user waits for each operation's end before it
         * starts the next, so an operation may run to its end on this thread (blocking on the user's own connection)
         * and return a completed future, instead of handing its work to other threads and waiting for them.
         */
        public static boolean onUserThread() {
            return Thread.currentThread() instanceof User;
        }

        /** The thread of one closed-model user. */
        private static final class User extends Thread {

            User(Runnable work, String name) {
                super(work, name);
            }
        }
    }

    private static CompletableFuture<Outcome> start(Operation operation, long sequence) {
        try {
            return operation.run(sequence);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    static String kind(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String name = root.getClass().getSimpleName();
        if (name.equals("HttpConnectTimeoutException") || name.equals("ConnectException")) {
            return "connect-failed";
        }
        if (name.contains("Timeout")) {
            return "timeout";
        }
        return "client-" + name;
    }
}
