package org.plaza.petitions;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything about the petitions service that an operator may tune ({@code plaza.petitions.*}).
 *
 * @param publicBaseUrl where residents reach Plaza (the gateway); links in emails start here
 * @param timeZone      the zone dates and times are shown in
 * @param verification  how emails are confirmed
 * @param counting      how counts are kept and refreshed
 * @param abuse         per-client limits and the silent fraud flag
 * @param rateSpike     when signing counts as trending sharply
 * @param retention     when signers' personal data is anonymized
 */
@ConfigurationProperties("plaza.petitions")
public record PetitionSettings(
        @DefaultValue("http://127.0.0.1:8080") URI publicBaseUrl,
        @DefaultValue("America/Los_Angeles") ZoneId timeZone,
        @DefaultValue Verification verification,
        @DefaultValue Counting counting,
        @DefaultValue Abuse abuse,
        @DefaultValue RateSpike rateSpike,
        @DefaultValue Retention retention) {

    /**
     * @param ttl             how long a code, a link and a ticket stay valid
     * @param maxCodeAttempts wrong codes accepted for one signature before code entry is locked
     * @param resendInterval  the shortest time between two emails to the same signer
     * @param maxSendsPerDay  emails one signature may cause in 24 hours
     * @param ticketKey       secret (at least 16 characters) that seals the ticket shown after signing; every
     *                        instance needs the same; blank generates one per process (single instance only)
     */
    public record Verification(
            @DefaultValue("72h") Duration ttl,
            @DefaultValue("8") int maxCodeAttempts,
            @DefaultValue("60s") Duration resendInterval,
            @DefaultValue("5") int maxSendsPerDay,
            @DefaultValue("") String ticketKey) {
    }

    /**
     * @param shards          counter documents per petition: writes spread over them, reads add them up
     * @param refreshInterval how old cached counts may be before a request reads them again, and how often the
     *                        petitions this instance changed are re-read for milestones (the public counts are at
     *                        most this stale, plus one read)
     * @param quietPeriod     how long a petition's counters must be untouched before they are reconciled with
     *                        the signatures themselves
     * @param reconcileInterval how often quiet petitions are reconciled
     */
    public record Counting(
            @DefaultValue("16") int shards,
            @DefaultValue("1s") Duration refreshInterval,
            @DefaultValue("10s") Duration quietPeriod,
            @DefaultValue("60s") Duration reconcileInterval) {
        public Counting {
            shards = Math.max(1, shards);
        }
    }

    /**
     * @param perClientLimit      signatures one client address may submit per window before getting 429
     * @param perClientWindow     the window of that limit
     * @param burstWindow         the window in which bursts are detected
     * @param clientBurst         signatures from one client address within the burst window beyond which
     *                            further signatures are flagged
     * @param domainBurst         the same for one email domain (large providers excepted)
     * @param largeEmailProviders domains too common to say anything about a burst
     */
    public record Abuse(
            @DefaultValue("120") int perClientLimit,
            @DefaultValue("1m") Duration perClientWindow,
            @DefaultValue("10m") Duration burstWindow,
            @DefaultValue("25") int clientBurst,
            @DefaultValue("50") int domainBurst,
            @DefaultValue({ "gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "live.com", "icloud.com",
                    "aol.com", "msn.com", "me.com", "protonmail.com", "proton.me", "yahoo.com.mx", "hotmail.es",
                    "outlook.es", "att.net", "sbcglobal.net", "verizon.net", "comcast.net", "charter.net" })
            Set<String> largeEmailProviders) {
    }

    /**
     * @param window         the recent window compared with the baseline
     * @param baseline       the longer window before it that gives the usual rate
     * @param factor         how many times the baseline rate counts as a spike
     * @param minSignatures  the fewest signatures in the window that can be a spike
     * @param cooldown       at most one alert per petition in this time
     */
    public record RateSpike(
            @DefaultValue("5m") Duration window,
            @DefaultValue("60m") Duration baseline,
            @DefaultValue("4.0") double factor,
            @DefaultValue("100") int minSignatures,
            @DefaultValue("1h") Duration cooldown) {
    }

    /**
     * @param anonymizeAfter time after a petition closes when its signers' personal data is removed (the starter's
     *                       job {@code personal-data-retention} looks hourly)
     */
    public record Retention(
            @DefaultValue("180d") Duration anonymizeAfter) {
    }
}
