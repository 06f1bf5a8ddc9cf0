package org.plaza.petitions.abuse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.plaza.petitions.PetitionSettings;
import org.plaza.starter.jobs.PlazaJob;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Decides, per signing attempt, whether a client has exceeded its limit (the attempt is refused) and
 * whether the signature belongs to a burst (it is accepted, flagged and counted out). Windows are kept in
 * memory per instance: with several instances each applies the thresholds to the traffic it sees, and
 * the gateway's own per-client limits apply in front of them. The client address is only a map key here,
 * never stored.
 */
@Component
public class AbuseChecks {

    private final PetitionSettings.Abuse settings;
    private final Set<String> largeProviders;
    private final WindowCounter perClient;
    private final WindowCounter clientBursts;
    private final WindowCounter domainBursts;
    private final Clock clock;

    AbuseChecks(PetitionSettings settings, Clock clock) {
        this.settings = settings.abuse();
        this.largeProviders = Set.copyOf(this.settings.largeEmailProviders().stream()
                .map(domain -> domain.toLowerCase(Locale.ROOT)).toList());
        this.perClient = new WindowCounter(this.settings.perClientWindow());
        this.clientBursts = new WindowCounter(this.settings.burstWindow());
        this.domainBursts = new WindowCounter(this.settings.burstWindow());
        this.clock = clock;
    }

    /** Counts an attempt from a client; false when the client is over its limit. */
    public boolean admit(String clientAddress) {
        return perClient.record(String.valueOf(clientAddress), clock.instant()) <= settings.perClientLimit();
    }

    /** Counts a signature about to be stored and says whether it is part of a burst. */
    public Optional<Burst> burst(String petitionId, String clientAddress, String emailDomain) {
        Instant now = clock.instant();
        int fromClient = clientBursts.record(petitionId + "|" + clientAddress, now);
        int fromDomain = 0;
        String domain = emailDomain == null ? "" : emailDomain.toLowerCase(Locale.ROOT);
        if (!domain.isEmpty() && !largeProviders.contains(domain)) {
            fromDomain = domainBursts.record(petitionId + "|" + domain, now);
        }
        if (fromClient > settings.clientBurst()) {
            return Optional.of(Burst.CLIENT);
        }
        if (fromDomain > settings.domainBurst()) {
            return Optional.of(Burst.DOMAIN);
        }
        return Optional.empty();
    }

    /** Forgetting idle clients as the job {@code petitions.abuse-idle-eviction}: at start, then every minute. */
    @Bean
    static PlazaJob abuseIdleEvictionJob(AbuseChecks abuseChecks) {
        return PlazaJob.every("petitions.abuse-idle-eviction", Duration.ofMinutes(1), abuseChecks::evictIdle)
                .startingAfter(Duration.ZERO);
    }

    void evictIdle() {
        Instant now = clock.instant();
        perClient.evictIdle(now);
        clientBursts.evictIdle(now);
        domainBursts.evictIdle(now);
    }

    /** Where a burst came from. */
    public enum Burst {
        CLIENT, DOMAIN
    }
}
