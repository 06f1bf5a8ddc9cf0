package org.plaza.starter.jobs;

import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@link JobScheduler} of a running service: a small pool of daemon threads named {@code <name>-N}
 * ({@code plaza-job-N} for the pool jobs share).
 */
final class ExecutorJobScheduler implements JobScheduler {

    private final ScheduledThreadPoolExecutor executor;

    ExecutorJobScheduler(String name, int threads) {
        AtomicInteger count = new AtomicInteger();
        executor = new ScheduledThreadPoolExecutor(Math.max(1, threads), runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    @Override
    public Scheduled schedule(Runnable task, Duration delay) {
        var future = executor.schedule(task, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public void shutdown(Duration grace) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
