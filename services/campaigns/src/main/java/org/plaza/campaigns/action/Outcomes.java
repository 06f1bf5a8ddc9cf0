package org.plaza.campaigns.action;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * What came of campaigns' petitions and comment drives, read from the local projection only, for the archive of
 * closed campaigns: petitions delivered and answered, comments delivered to the public body. Two queries for any
 * number of campaigns.
 */
@Service
public class Outcomes {

    private final MongoTemplate mongo;

    Outcomes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * A published petition and what came of it.
     *
     * @param deliveredOn         the day it was delivered, or null
     * @param deliveredSignatures the verified signatures delivered
     * @param respondedOn         the day the decision-maker answered, or null
     * @param responseOutcome     ACCEPTED, PARTIALLY_ACCEPTED, REJECTED or UNDER_REVIEW, or null
     */
    public record PetitionOutcome(String petitionId, String titleEs, String titleEn, LocalDate deliveredOn,
            long deliveredSignatures, LocalDate respondedOn, String responseOutcome) {

        /** Whether the decision-maker accepted it, in whole or in part. */
        public boolean won() {
            return "ACCEPTED".equals(responseOutcome) || "PARTIALLY_ACCEPTED".equals(responseOutcome);
        }
    }

    /** An opened drive and when its comments were first delivered to the public body (or null). */
    public record DriveOutcome(String driveId, String titleEs, String titleEn, String publicBodyKind,
            String timeZone, Instant deliveredAt) {
    }

    /** What came of one campaign's petitions and drives, oldest first. */
    public record CampaignOutcome(List<PetitionOutcome> petitions, List<DriveOutcome> drives) {
    }

    public Map<String, CampaignOutcome> of(Collection<String> campaignIds) {
        Map<String, CampaignOutcome> outcomes = new LinkedHashMap<>();
        if (campaignIds.isEmpty()) {
            return outcomes;
        }
        campaignIds.forEach(id -> outcomes.put(id, new CampaignOutcome(new ArrayList<>(), new ArrayList<>())));
        mongo.find(Query.query(where("campaignId").in(campaignIds).and("publishedAt").exists(true))
                .with(Sort.by("publishedAt", "_id")), PetitionAction.class)
                .forEach(p -> outcomes.get(p.campaignId()).petitions().add(new PetitionOutcome(p.petitionId(),
                        p.titleEs(), p.titleEn(), p.deliveredOn(),
                        p.deliveredSignatures() == null ? 0 : p.deliveredSignatures(), p.respondedOn(),
                        p.responseOutcome())));
        mongo.find(Query.query(where("campaignId").in(campaignIds).and("openedAt").exists(true))
                .with(Sort.by("openedAt", "_id")), DriveAction.class)
                .forEach(d -> outcomes.get(d.campaignId()).drives().add(new DriveOutcome(d.driveId(), d.titleEs(),
                        d.titleEn(), d.publicBodyKind(), d.timeZone(), d.packetDeliveredAt())));
        return outcomes;
    }
}
