package org.plaza.starter.jobs;

import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Work handed to the background by a request or an event, one item at a time: {@link #add} puts an item in line and
 * wakes the queue's {@link #job job}, which works the items off in order, off the caller's thread. An item already
 * waiting is not added twice (it may be added again once its work has started). An item whose work throws is
 * handed to the failure handler and the job goes on with the next one; nothing is retried here, so the work
 * should be found again by a periodic job of the service (a sweep) or at the next start.
 *
 * @param <T> what identifies one piece of work (an id, or a record of an id and what to do)
 */
public final class JobQueue<T> {

    private final Queue<T> queue = new ConcurrentLinkedQueue<>();
    private final Set<T> waiting = ConcurrentHashMap.newKeySet();
    private final JobTrigger trigger = new JobTrigger();

    /** Puts an item in line, unless it is waiting already, and wakes the job. */
    public void add(T item) {
        if (waiting.add(item)) {
            queue.add(item);
        }
        trigger.fire();
    }

    /**
     * The job that works the queue off, on a thread of its own so a long piece of work never delays the service's
     * other jobs; declare it as a bean.
     */
    public PlazaJob job(String name, Consumer<T> work, BiConsumer<T, RuntimeException> onFailure) {
        return PlazaJob.whenTriggered(name, trigger, () -> drain(work, onFailure)).onItsOwnThread();
    }

    private void drain(Consumer<T> work, BiConsumer<T, RuntimeException> onFailure) {
        for (T item = queue.poll(); item != null; item = queue.poll()) {
            waiting.remove(item);
            try {
                work.accept(item);
            } catch (RuntimeException e) {
                onFailure.accept(item, e);
            }
        }
    }
}
