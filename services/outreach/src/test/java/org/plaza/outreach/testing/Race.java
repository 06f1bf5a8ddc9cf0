package org.plaza.outreach.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Attempts on threads of their own, all let go at the same instant, for tests of what must hold under contention. */
public final class Race {

    private Race() {
    }

    /** One attempt; {@code index} (0 to threads - 1) tells the attempts apart. */
    @FunctionalInterface
    public interface Attempt<T> {
        T run(int index) throws Exception;
    }

    /** Runs {@code threads} attempts at once and returns their results in the order of their indexes. */
    public static <T> List<T> run(int threads, Attempt<T> attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                Callable<T> task = () -> {
                    start.await();
                    return attempt.run(index);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
