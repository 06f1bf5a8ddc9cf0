package org.plaza.insights.projection.messaging;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Lets live consumers through one message at a time each (shared), and a rebuild through alone
 * (exclusive). A live message is handled, remembered as processed and announced inside the gate, so
 * a replay that clears the projections and the processed-event memory can never interleave with
 * half of a live delivery.
 */
@Component
public class ProjectionGate {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
    private volatile Runnable afterEachLiveMessage = () -> { };

    /** Wraps a live consumer so it waits while a rebuild runs. */
    public Consumer<Message<byte[]>> live(Consumer<Message<byte[]>> consumer) {
        return message -> {
            lock.readLock().lock();
            try {
                consumer.accept(message);
            } finally {
                lock.readLock().unlock();
            }
            afterEachLiveMessage.run();
        };
    }

    /** Runs work while no live message is being handled, and none starts. */
    public void exclusively(Runnable work) {
        lock.writeLock().lock();
        try {
            work.run();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Something to do after each live message, e.g. tell live dashboards that numbers changed. */
    public void afterEachLiveMessage(Runnable listener) {
        this.afterEachLiveMessage = listener;
    }
}
