package org.plaza.notifications.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.plaza.starter.jobs.JobTrigger;
import org.plaza.starter.jobs.PlazaJob;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The queue entries of notifications this instance has finished (saved in a final state), removed from the
 * {@link DispatchQueue} together by the job {@value #JOB}: every {@link #INTERVAL}, or at once when
 * {@link DispatchQueue#BULK} are waiting; one bulk write each time instead of one delete per notification.
 * <p>
 * Nothing depends on a finished notification's entry leaving at once: an entry is looked at only when the poll finds
 * it due, and then its notification decides. While it waits here the poll of this instance passes over it
 * ({@link #waiting}) without reading its notification; another instance's poll finds the notification finished and
 * removes the entry itself, as it always did for a leftover. Removal stays conditional on the entry's {@code rev}, so
 * an entry written again meanwhile (a redelivered request, staff sending it again) is kept. What is waiting here when
 * an instance stops without its last removal is a leftover like any other: the poll of the next one drops it.
 */
@Component
class FinishedEntries {

    static final String JOB = "notifications.queue-removals";
    /** How long a finished notification's entry may wait for the next removal (override: {@code plaza.jobs.<job>.interval}). */
    static final Duration INTERVAL = Duration.ofSeconds(5);

    private final DispatchQueue queue;
    private final Map<String, DispatchQueue.Entry> waiting = new ConcurrentHashMap<>();
    private final JobTrigger full = new JobTrigger();

    FinishedEntries(DispatchQueue queue) {
        this.queue = queue;
    }

    /** The removals as a job: see the class comment. */
    @Bean
    static PlazaJob queueRemovalsJob(FinishedEntries finished) {
        return PlazaJob.every(JOB, INTERVAL, finished::removeWaiting).triggeredBy(finished.full);
    }

    /** The entry's notification was saved in a final state: the entry leaves the queue with the next removal. */
    void finished(DispatchQueue.Entry entry) {
        waiting.put(entry.id(), entry);
        if (waiting.size() >= DispatchQueue.BULK) {
            full.fire();
        }
    }

    /** Whether this very entry (same {@code rev}) waits for removal: its notification is finished. */
    boolean waiting(DispatchQueue.Entry entry) {
        DispatchQueue.Entry finished = waiting.get(entry.id());
        return finished != null && finished.rev().equals(entry.rev());
    }

    /**
     * Removes every waiting entry (each unless written again since); returns how many were removed. A failure fails
     * the job's run and keeps them waiting for the next one.
     */
    int removeWaiting() {
        List<DispatchQueue.Entry> batch = List.copyOf(waiting.values());
        if (batch.isEmpty()) {
            return 0;
        }
        int removed = queue.removeAll(batch);
        batch.forEach(entry -> waiting.remove(entry.id(), entry));
        return removed;
    }
}
