package org.plaza.petitions.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import org.plaza.petitions.PetitionSettings;
import org.plaza.petitions.petition.Petition;
import org.plaza.petitions.petition.PetitionService;
import org.plaza.petitions.petition.PetitionStatus;
import org.plaza.petitions.petition.Petitions;
import org.plaza.starter.jobs.PlazaJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Removes signers' personal data from petitions closed longer than
 * {@code plaza.petitions.retention.anonymize-after} ago, in one update per petition, then marks the
 * petition. Running it again changes nothing.
 */
@Component
public class Anonymizer {

    private static final Logger log = LoggerFactory.getLogger(Anonymizer.class);

    private final Petitions petitions;
    private final PetitionService petitionService;
    private final MongoTemplate mongo;
    private final PetitionSettings.Retention settings;
    private final MeterRegistry meters;
    private final Clock clock;

    Anonymizer(Petitions petitions, PetitionService petitionService, MongoTemplate mongo, PetitionSettings settings,
            MeterRegistry meters, Clock clock) {
        this.petitions = petitions;
        this.petitionService = petitionService;
        this.mongo = mongo;
        this.settings = settings.retention();
        this.meters = meters;
        this.clock = clock;
    }

    /** Anonymization as the job {@code petitions.anonymization}: a minute after start, then every {@code retention.check-interval}. */
    @Bean
    static PlazaJob anonymizationJob(Anonymizer anonymizer,
            @Value("${plaza.petitions.retention.check-interval:1h}") Duration interval) {
        return PlazaJob.every("petitions.anonymization", interval, anonymizer::anonymizeDue)
                .startingAfter(Duration.ofMinutes(1));
    }

    void anonymizeDue() {
        anonymizeDue(clock.instant());
    }

    /** Anonymizes every petition due at {@code now}; returns how many signatures it changed. */
    public long anonymizeDue(Instant now) {
        long changed = 0;
        Instant closedBefore = now.minus(settings.anonymizeAfter());
        for (Petition petition : petitions.findByStatusIn(EnumSet.of(PetitionStatus.CLOSED, PetitionStatus.DELIVERED))) {
            if (petition.signersAnonymizedAt() == null && petition.closedAt() != null
                    && !petition.closedAt().isAfter(closedBefore)) {
                changed += anonymize(petition, now);
            }
        }
        return changed;
    }

    private long anonymize(Petition petition, Instant now) {
        Query signers = Query.query(Criteria.where("petitionId").is(petition.id()).and("anonymizedAt").is(null));
        Update remove = new Update().unset("signer").unset("credentials").set("anonymizedAt", now).inc("version", 1);
        long changed = mongo.updateMulti(signers, remove, "signatures").getModifiedCount();
        petitionService.signersAnonymized(petition.id(), now);
        meters.counter("plaza.petitions.signatures.anonymized").increment(changed);
        log.info("Anonymized {} signature(s) of petition {}, closed {}", changed, petition.id(), petition.closedAt());
        return changed;
    }
}
