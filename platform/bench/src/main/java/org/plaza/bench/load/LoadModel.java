package org.plaza.bench.load;

import java.time.Duration;
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

    record Open(double perSecond, int maxInFlight) implements LoadModel {

        @Override
        public void drive(Operation operation, Duration duration, RunRecorder recorder, long startNanos,
                Consumer<String> progress) throws InterruptedException {
            long interval = (long) (1_000_000_000L / perSecond);
            long end = startNanos + duration.toNanos();
            Semaphore inFlight = new Semaphore(maxInFlight);
            AtomicLong sequence = new AtomicLong();
            long nextProgress = startNanos + 1_000_000_000L;
            for (long due = startNanos; due < end; due += interval) {
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
            inFlight.tryAcquire(maxInFlight, 120, TimeUnit.SECONDS);
        }

        @Override
        public String describe() {
            return "open model, " + perSecond + " operations/s";
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
                Thread user = new Thread(() -> {
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
