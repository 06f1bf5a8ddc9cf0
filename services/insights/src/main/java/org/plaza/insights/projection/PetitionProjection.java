package org.plaza.insights.projection;

import static org.plaza.insights.projection.FactWriter.date;
import static org.plaza.insights.projection.FactWriter.day;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.plaza.events.petitions.PetitionClosed;
import org.plaza.events.petitions.PetitionDeadlineExtended;
import org.plaza.events.petitions.PetitionDelivered;
import org.plaza.events.petitions.PetitionMilestoneReached;
import org.plaza.events.petitions.PetitionPublished;
import org.plaza.events.petitions.PetitionResponded;
import org.plaza.events.petitions.SignatureRateSpiked;
import org.plaza.events.petitions.SignatureVerified;
import org.plaza.events.petitions.SignaturesInvalidated;
import org.plaza.events.petitions.SignaturesRestored;
import org.plaza.insights.InsightsSettings;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;

/**
 * Petitions and their signatures. A signature is one fact keyed by its id; it counts while it is
 * verified and no invalidation batch holds it. Invalidations are keyed by the petition and
 * signatures by themselves, so they arrive in any order: an invalidation that comes first leaves
 * a stub that the verification completes.
 */
@Component
public class PetitionProjection {

    private final FactWriter facts;
    private final TimeBuckets buckets;

    PetitionProjection(MongoTemplate mongo, InsightsSettings settings) {
        this.facts = new FactWriter(mongo);
        this.buckets = new TimeBuckets(settings.timeZone());
    }

    public void published(PetitionPublished e) {
        Document set = item(e.petitionId(), e.campaignId())
                .append("titleEs", e.titleEs()).append("titleEn", e.titleEn())
                .append("signatureGoal", e.signatureGoal()).append("milestones", e.milestones())
                .append("communities", e.communities())
                .append("publishedAt", date(e.publishedAt())).append("status", "OPEN");
        setWithClosingDate(e.petitionId(), set, e.closesAt());
    }

    /** Closing dates only move later ({@code $max}), so a redelivered publication cannot undo an extension. */
    public void deadlineExtended(PetitionDeadlineExtended e) {
        setWithClosingDate(e.petitionId(), item(e.petitionId(), e.campaignId()), e.closesAt());
    }

    private void setWithClosingDate(String petitionId, Document set, Instant closesAt) {
        facts.update(Facts.ITEMS, Filters.eq("_id", Facts.itemKey(Facts.PETITION, petitionId)),
                new Document("$set", set).append("$max", new Document("closesAt", date(closesAt))), true);
    }

    public void closed(PetitionClosed e) {
        facts.upsert(Facts.ITEMS, Facts.itemKey(Facts.PETITION, e.petitionId()), item(e.petitionId(), e.campaignId())
                .append("status", "CLOSED").append("closedAt", date(e.closedAt()))
                .append("closeReason", e.reason() == null ? null : e.reason().name())
                .append("verifiedAtClose", e.verifiedSignatureCount()));
    }

    public void delivered(PetitionDelivered e) {
        facts.upsert(Facts.ITEMS, Facts.itemKey(Facts.PETITION, e.petitionId()), item(e.petitionId(), e.campaignId())
                .append("deliveredOn", day(e.deliveredOn())).append("deliveryMethod", e.method())
                .append("deliveredSignatures", e.verifiedSignatureCount()));
    }

    public void responded(PetitionResponded e) {
        facts.upsert(Facts.ITEMS, Facts.itemKey(Facts.PETITION, e.petitionId()), item(e.petitionId(), e.campaignId())
                .append("respondedOn", day(e.respondedOn())).append("responseOutcome", e.outcome()));
    }

    public void signatureVerified(SignatureVerified e) {
        Document set = new Document("petitionId", e.petitionId()).append("campaignId", e.campaignId())
                .append("supporterId", e.supporterId()).append("community", e.community())
                .append("language", e.language()).append("channel", e.channel())
                .append("shareSource", e.shareSource()).append("verified", true)
                .append("at", date(e.verifiedAt()));
        set.putAll(buckets.of(e.verifiedAt()));
        facts.upsert(Facts.SIGNATURES, e.signatureId(), set, new Document("invalidatedBy", List.of()));
    }

    public void invalidated(SignaturesInvalidated e) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (String signatureId : e.signatureIds()) {
            writes.add(new UpdateOneModel<>(Filters.eq("_id", signatureId),
                    new Document("$addToSet", new Document("invalidatedBy", e.batchId()))
                            .append("$set", new Document("petitionId", e.petitionId())
                                    .append("campaignId", e.campaignId())),
                    new UpdateOptions().upsert(true)));
        }
        if (!writes.isEmpty()) {
            facts.collection(Facts.SIGNATURES).bulkWrite(writes);
        }
    }

    public void restored(SignaturesRestored e) {
        if (!e.signatureIds().isEmpty()) {
            facts.update(Facts.SIGNATURES, Filters.in("_id", e.signatureIds()),
                    new Document("$pull", new Document("invalidatedBy", e.batchId())), false);
        }
    }

    public void milestoneReached(PetitionMilestoneReached e) {
        facts.upsert(Facts.MILESTONES, e.petitionId() + "#" + e.milestone(), new Document("petitionId", e.petitionId())
                .append("campaignId", e.campaignId()).append("milestone", e.milestone())
                .append("signatureGoal", e.signatureGoal()).append("reachedAt", date(e.reachedAt())));
    }

    public void rateSpiked(SignatureRateSpiked e) {
        facts.upsert(Facts.SPIKES, e.petitionId() + "#" + e.windowStart(), new Document("petitionId", e.petitionId())
                .append("campaignId", e.campaignId()).append("windowStart", date(e.windowStart()))
                .append("windowEnd", date(e.windowEnd())).append("signaturesInWindow", e.signaturesInWindow())
                .append("perMinute", e.perMinute()).append("baselinePerMinute", e.baselinePerMinute())
                .append("detectedAt", date(e.detectedAt())));
    }

    private static Document item(String petitionId, String campaignId) {
        return new Document("kind", Facts.PETITION).append("itemId", petitionId).append("campaignId", campaignId);
    }
}
