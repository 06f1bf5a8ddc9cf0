package org.plaza.petitions.tally;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.plaza.petitions.PetitionSettings;
import org.plaza.starter.jobs.PlazaJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Checks the sharded counters against the signatures themselves once a petition is quiet, and corrects
 * any drift (a process that died between saving a signature and incrementing its shard). Quiet means no
 * shard changed for {@code plaza.petitions.counting.quiet-period} before the recount and none during it,
 * so a correction never races a writer. A viral petition is reconciled when signing calms down or closes.
 */
@Component
public class Reconciler {

    private static final Logger log = LoggerFactory.getLogger(Reconciler.class);

    private final Tallies tallies;
    private final CountSource source;
    private final LiveCounts live;
    private final PetitionSettings.Counting settings;
    private final Clock clock;
    private final MeterRegistry meters;

    Reconciler(Tallies tallies, CountSource source, LiveCounts live, PetitionSettings settings, Clock clock,
            MeterRegistry meters) {
        this.tallies = tallies;
        this.source = source;
        this.live = live;
        this.settings = settings.counting();
        this.clock = clock;
        this.meters = meters;
    }

    /** Reconciling as the job {@code petitions.counts-reconciler}: every {@code counting.reconcile-interval}, the first one interval after start. */
    @Bean
    static PlazaJob countsReconcilerJob(Reconciler reconciler,
            @Value("${plaza.petitions.counting.reconcile-interval:60s}") Duration interval) {
        return PlazaJob.every("petitions.counts-reconciler", interval, reconciler::reconcileQuietPetitions);
    }

    void reconcileQuietPetitions() {
        Instant quietSince = clock.instant().minus(settings.quietPeriod());
        tallies.lastTouched().forEach((petitionId, at) -> {
            if (at.isBefore(quietSince)) {
                try {
                    if (reconcile(petitionId).outcome() != Outcome.BUSY) {
                        tallies.forgetTouched(petitionId, at);
                    }
                } catch (RuntimeException e) {
                    log.warn("Could not reconcile the counts of petition {}: {}", petitionId, e.toString());
                }
            }
        });
    }

    /** Asks for a petition to be reconciled at the next quiet moment (after a restart, or once it closed). */
    public void reconcileSoon(String petitionId) {
        tallies.touchedAt(petitionId, Instant.EPOCH);
    }

    /** Recounts a petition from its signatures and corrects its shards if it is quiet. */
    public Result reconcile(String petitionId) {
        Tallies.ShardSum before = tallies.read(petitionId);
        if (before.lastTouched() != null && before.lastTouched().isAfter(clock.instant().minus(settings.quietPeriod()))) {
            return new Result(Outcome.BUSY, before.counts(), before.counts());
        }
        Counts truth = source.countFromSignatures(petitionId);
        Tallies.ShardSum after = tallies.read(petitionId);
        if (after.ops() != before.ops()) {
            return new Result(Outcome.BUSY, after.counts(), truth);
        }
        Counts kept = after.counts();
        long totalDrift = truth.total() - kept.total();
        long verifiedDrift = truth.verified() - kept.verified();
        Map<String, Long> communityDrift = new HashMap<>();
        truth.byCommunity().forEach((code, n) -> communityDrift.merge(code, n, Long::sum));
        kept.byCommunity().forEach((code, n) -> communityDrift.merge(code, -n, Long::sum));
        communityDrift.values().removeIf(n -> n == 0);
        Map<String, Long> channelDrift = new HashMap<>();
        truth.byChannel().forEach((channel, n) -> channelDrift.merge(channel, n, Long::sum));
        kept.byChannel().forEach((channel, n) -> channelDrift.merge(channel, -n, Long::sum));
        channelDrift.values().removeIf(n -> n == 0);
        if (totalDrift == 0 && verifiedDrift == 0 && communityDrift.isEmpty() && channelDrift.isEmpty()) {
            return new Result(Outcome.EXACT, kept, truth);
        }
        tallies.add(petitionId, 0, totalDrift, verifiedDrift, communityDrift, channelDrift);
        meters.counter("plaza.petitions.counts.reconciled").increment();
        log.warn("Corrected the counts of petition {}: total {}, verified {}, communities {}, channels {}", petitionId,
                totalDrift, verifiedDrift, communityDrift, channelDrift);
        live.remember(petitionId, truth);
        return new Result(Outcome.CORRECTED, kept, truth);
    }

    /** What a reconciliation found. */
    public enum Outcome {
        EXACT, CORRECTED, BUSY
    }

    /** The outcome, the counts the shards held and the counts of the signatures themselves. */
    public record Result(Outcome outcome, Counts counted, Counts recounted) {
    }
}
