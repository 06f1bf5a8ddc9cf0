package org.plaza.starter.jobs;

import java.time.Duration;

/** Runs a task once after a delay; the runner's only contact with threads, so tests can replace it. */
interface JobScheduler {

    /** A scheduled run that has not started yet can be cancelled. */
    interface Scheduled {
        void cancel();
    }

    /** Makes the schedulers of a runner: {@code threads} daemon threads named after {@code name}. */
    @FunctionalInterface
    interface Factory {
        JobScheduler create(String name, int threads);
    }

    Scheduled schedule(Runnable task, Duration delay);

    /** Starts nothing more and waits up to {@code grace} for runs under way to end. */
    void shutdown(Duration grace);
}
