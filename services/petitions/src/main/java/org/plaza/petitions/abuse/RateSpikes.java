package org.plaza.petitions.abuse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.plaza.petitions.PetitionSettings;
import org.plaza.starter.jobs.PlazaJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Watches each petition's signing rate per minute and raises {@code SignatureRateSpiked} when the recent
 * window runs at {@code factor} times the baseline before it (and has at least {@code minSignatures}),
 * at most once per cooldown period. Rates are those this instance sees.
 */
@Component
public class RateSpikes {

    private static final Logger log = LoggerFactory.getLogger(RateSpikes.class);
    private static final double BASELINE_FLOOR_PER_MINUTE = 1.0;

    private final PetitionSettings.RateSpike settings;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final int windowMinutes;
    private final int baselineMinutes;
    private final Map<String, Minutes> petitions = new ConcurrentHashMap<>();

    RateSpikes(PetitionSettings settings, MongoTemplate mongo, Clock clock) {
        this.settings = settings.rateSpike();
        this.mongo = mongo;
        this.clock = clock;
        this.windowMinutes = (int) Math.max(1, this.settings.window().toMinutes());
        this.baselineMinutes = (int) Math.max(1, this.settings.baseline().toMinutes());
    }

    /** Counts one submitted signature. */
    public void submitted(String petitionId, String campaignId) {
        petitions.computeIfAbsent(petitionId, id -> new Minutes(campaignId, windowMinutes + baselineMinutes + 1))
                .add(minute(clock.instant()));
    }

    /** The check as the job {@code petitions.rate-spikes}: at start, then every {@code rate-spike.check-interval}. */
    @Bean
    static PlazaJob rateSpikesJob(RateSpikes rateSpikes,
            @Value("${plaza.petitions.rate-spike.check-interval:15s}") Duration interval) {
        return PlazaJob.every("petitions.rate-spikes", interval, rateSpikes::check)
                .startingAfter(Duration.ZERO);
    }

    void check() {
        check(clock.instant());
    }

    /** Checks every petition that had signatures recently; returns the alerts raised. */
    int check(Instant now) {
        int raised = 0;
        long current = minute(now);
        for (Map.Entry<String, Minutes> entry : petitions.entrySet()) {
            Minutes minutes = entry.getValue();
            if (minutes.idle(current)) {
                petitions.remove(entry.getKey(), minutes);
                continue;
            }
            if (detect(entry.getKey(), minutes, current, now).isPresent()) {
                raised++;
            }
        }
        return raised;
    }

    private Optional<RateAlert> detect(String petitionId, Minutes minutes, long current, Instant now) {
        int recent = minutes.sum(current - windowMinutes + 1, current);
        if (recent < settings.minSignatures()) {
            return Optional.empty();
        }
        double perMinute = recent / (double) windowMinutes;
        int before = minutes.sum(current - windowMinutes - baselineMinutes + 1, current - windowMinutes);
        double baseline = before / (double) baselineMinutes;
        if (perMinute < settings.factor() * Math.max(baseline, BASELINE_FLOOR_PER_MINUTE)) {
            return Optional.empty();
        }
        long period = now.getEpochSecond() / Math.max(1, settings.cooldown().toSeconds());
        if (minutes.alertedPeriod == period) {
            return Optional.empty();
        }
        minutes.alertedPeriod = period;
        Instant windowStart = Instant.ofEpochSecond((current - windowMinutes + 1) * 60);
        RateAlert alert = RateAlert.raised(petitionId + "#" + period, minutes.campaignId, petitionId, windowStart, now,
                recent, perMinute, baseline, now);
        try {
            mongo.insert(alert);
            log.info("Signing on petition {} spiked: {} per minute against a baseline of {}", petitionId,
                    String.format("%.1f", perMinute), String.format("%.1f", baseline));
            return Optional.of(alert);
        } catch (DuplicateKeyException alreadyRaised) {
            return Optional.empty();
        }
    }

    private static long minute(Instant at) {
        return at.getEpochSecond() / 60;
    }

    Duration window() {
        return settings.window();
    }

    /** Per-minute counts of one petition in a ring. */
    private static final class Minutes {
        private final String campaignId;
        private final long[] minutes;
        private final int[] counts;
        private volatile long alertedPeriod = -1;
        private long last;

        Minutes(String campaignId, int size) {
            this.campaignId = campaignId;
            this.minutes = new long[size];
            this.counts = new int[size];
        }

        synchronized void add(long minute) {
            int slot = (int) Math.floorMod(minute, (long) minutes.length);
            if (minutes[slot] != minute) {
                minutes[slot] = minute;
                counts[slot] = 0;
            }
            counts[slot]++;
            last = Math.max(last, minute);
        }

        synchronized int sum(long from, long to) {
            int total = 0;
            for (int i = 0; i < minutes.length; i++) {
                if (minutes[i] >= from && minutes[i] <= to) {
                    total += counts[i];
                }
            }
            return total;
        }

        synchronized boolean idle(long current) {
            return last < current - minutes.length;
        }
    }
}
