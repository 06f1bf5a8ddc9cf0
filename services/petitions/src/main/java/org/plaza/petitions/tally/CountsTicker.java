package org.plaza.petitions.tally;

import java.time.Duration;
import java.util.List;

import org.plaza.starter.jobs.PlazaJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Every refresh interval, re-reads the counts of the petitions whose verified count this instance changed and hands
 * them to the {@link TallyListener}s (milestones) and the {@link LiveCounts} cache (so a request in the next second
 * does not read them again). A petition whose listeners failed is tried again at the next tick.
 */
@Component
class CountsTicker {

    private static final Logger log = LoggerFactory.getLogger(CountsTicker.class);

    private final Tallies tallies;
    private final LiveCounts live;
    private final List<TallyListener> listeners;

    CountsTicker(Tallies tallies, LiveCounts live, List<TallyListener> listeners) {
        this.tallies = tallies;
        this.live = live;
        this.listeners = listeners;
    }

    /** The ticker as the job {@code petitions.counts-ticker}: at start, then every {@code counting.refresh-interval}. */
    @Bean
    static PlazaJob countsTickerJob(CountsTicker countsTicker,
            @Value("${plaza.petitions.counting.refresh-interval:1s}") Duration interval) {
        return PlazaJob.every("petitions.counts-ticker", interval, countsTicker::tick)
                .startingAfter(Duration.ZERO);
    }

    void tick() {
        for (String petitionId : tallies.drainChanged()) {
            try {
                Counts counts = tallies.read(petitionId).counts();
                live.remember(petitionId, counts);
                for (TallyListener listener : listeners) {
                    listener.countsChanged(petitionId, counts);
                }
            } catch (RuntimeException e) {
                tallies.markChanged(petitionId);
                log.warn("Could not process new counts of petition {}; will try again: {}", petitionId, e.toString());
            }
        }
    }
}
