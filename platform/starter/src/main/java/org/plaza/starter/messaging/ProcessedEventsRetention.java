package org.plaza.starter.messaging;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Declares the processed-events indexes at start-up and deletes the ids older than the retention on the
 * purge schedule, on a thread of its own, so no service has to remember either. It reads the system clock,
 * as {@link ProcessedEvents#remember} does, never a service's (tests move those by months).
 */
class ProcessedEventsRetention implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProcessedEventsRetention.class);

    private final ProcessedEvents processed;
    private final ProcessedEventsSettings settings;
    private final Clock clock;
    private volatile ScheduledExecutorService scheduler;

    ProcessedEventsRetention(ProcessedEvents processed, ProcessedEventsSettings settings, Clock clock) {
        this.processed = processed;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "plaza-processed-events-purge");
            thread.setDaemon(true);
            return thread;
        });
        try {
            processed.createIndexes();
        } catch (RuntimeException e) {
            log.warn("Could not create the processed-events indexes, will try again at the next purge: {}", e.toString());
        }
        long every = Math.max(1, settings.purgeInterval().toMillis());
        scheduler.scheduleWithFixedDelay(this::purge, every, every, TimeUnit.MILLISECONDS);
    }

    private void purge() {
        try {
            processed.createIndexes();
            long purged = processed.purge(clock.instant());
            if (purged > 0) {
                log.info("Forgot {} handled event id(s) older than {}", purged, settings.retention());
            }
        } catch (RuntimeException e) {
            log.warn("Processed-events purge failed, will try again in {}: {}", settings.purgeInterval(), e.toString());
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = scheduler;
        scheduler = null;
        if (running != null) {
            running.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
