package org.plaza.starter.messaging;

import java.time.Clock;
import java.time.Duration;

import org.plaza.starter.jobs.PlazaJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Declares the processed-events indexes at start-up and, as the job {@code processed-events-purge} on the
 * purge schedule, deletes the ids older than the retention, so no service has to remember either. It reads the
 * system clock, as {@link ProcessedEvents#remember} does, never a service's (tests move those by months).
 */
class ProcessedEventsRetention implements SmartInitializingSingleton {

    static final String JOB = "processed-events-purge";
    private static final Logger log = LoggerFactory.getLogger(ProcessedEventsRetention.class);

    private final ProcessedEvents processed;
    private final ProcessedEventsSettings settings;
    private final Clock clock;

    ProcessedEventsRetention(ProcessedEvents processed, ProcessedEventsSettings settings, Clock clock) {
        this.processed = processed;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            processed.createIndexes();
        } catch (RuntimeException e) {
            log.warn("Could not create the processed-events indexes, will try again at the next purge: {}", e.toString());
        }
    }

    /** The purge as a job: it runs every {@code plaza.messaging.processed-events.purge-interval}. */
    PlazaJob job() {
        Duration every = settings.purgeInterval().toMillis() < 1 ? Duration.ofMillis(1) : settings.purgeInterval();
        return PlazaJob.every(JOB, every, this::purge);
    }

    void purge() {
        processed.createIndexes();
        long purged = processed.purge(clock.instant());
        if (purged > 0) {
            log.info("Forgot {} handled event id(s) older than {}", purged, settings.retention());
        }
    }
}
