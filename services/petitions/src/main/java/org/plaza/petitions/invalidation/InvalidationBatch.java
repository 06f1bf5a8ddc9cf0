package org.plaza.petitions.invalidation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.plaza.events.identity.StaffActionAudited;
import org.plaza.events.petitions.SignaturesInvalidated;
import org.plaza.events.petitions.SignaturesRestored;
import org.plaza.starter.outbox.OutboxAggregate;
import org.plaza.starter.problem.PlazaProblem;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One staff invalidation. It is created APPLYING (audited), moves each selected signature out of the
 * counts, then becomes APPLIED and announces the signatures consumers had been told about, at most 1000
 * per event. Restoring reverses it the same way (RESTORING, then RESTORED). A batch left half-way by a
 * crash is resumed: every signature step is idempotent.
 */
@Document("signature_invalidations")
class InvalidationBatch extends OutboxAggregate {

    static final int IDS_PER_EVENT = 1000;

    @Id
    private String id;
    private String petitionId;
    private String campaignId;
    private Selection selection;
    private String reason;
    private String staffId;
    private Status status;
    private Instant createdAt;
    private Instant appliedAt;
    private String restoredBy;
    private Instant restoredAt;
    private int signatureCount;
    private Map<String, Integer> countsByCommunity = new TreeMap<>();
    private List<Announced> announced = new ArrayList<>();

    private InvalidationBatch() {
    }

    static InvalidationBatch start(String id, String petitionId, String campaignId, Selection selection, String reason,
            String staffId, Instant now) {
        InvalidationBatch batch = new InvalidationBatch();
        batch.id = id;
        batch.petitionId = petitionId;
        batch.campaignId = campaignId;
        batch.selection = selection;
        batch.reason = reason;
        batch.staffId = staffId;
        batch.status = Status.APPLYING;
        batch.createdAt = now;
        batch.raise(new StaffActionAudited(staffId, "INVALIDATE", "SIGNATURES", id, campaignId, "petitions", now));
        return batch;
    }

    /** Records the outcome of applying: how many signatures are in the batch, and those to announce. */
    void applied(int invalidated, List<Announced> announced, Instant now) {
        if (status != Status.APPLYING) {
            return;
        }
        status = Status.APPLIED;
        appliedAt = now;
        signatureCount = invalidated;
        countsByCommunity = byCommunity(announced);
        this.announced = new ArrayList<>(announced);
        for (List<Announced> chunk : chunks(announced)) {
            raise(new SignaturesInvalidated(petitionId, campaignId, id, ids(chunk), byCommunity(chunk),
                    selection.criterion().name(), staffId, now));
        }
    }

    void startRestore(String restoringStaffId, Instant now) {
        if (status != Status.APPLIED) {
            throw PlazaProblem.conflict("invalidation-not-applied", "invalidation.problem.not-applied");
        }
        status = Status.RESTORING;
        restoredBy = restoringStaffId;
        raise(new StaffActionAudited(restoringStaffId, "RESTORE", "SIGNATURES", id, campaignId, "petitions", now));
    }

    /** Restored: consumers hear again about the signatures they heard were invalidated. */
    void restored(Instant now) {
        if (status != Status.RESTORING) {
            return;
        }
        status = Status.RESTORED;
        restoredAt = now;
        for (List<Announced> chunk : chunks(announced)) {
            raise(new SignaturesRestored(petitionId, campaignId, id, ids(chunk), byCommunity(chunk), restoredBy, now));
        }
    }

    private static List<List<Announced>> chunks(List<Announced> all) {
        List<List<Announced>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += IDS_PER_EVENT) {
            chunks.add(all.subList(i, Math.min(all.size(), i + IDS_PER_EVENT)));
        }
        return chunks;
    }

    private static List<String> ids(List<Announced> chunk) {
        return chunk.stream().map(Announced::signatureId).toList();
    }

    private static Map<String, Integer> byCommunity(List<Announced> chunk) {
        Map<String, Integer> counts = new TreeMap<>();
        chunk.forEach(a -> counts.merge(a.community(), 1, Integer::sum));
        return counts;
    }

    String id() {
        return id;
    }

    String petitionId() {
        return petitionId;
    }

    String campaignId() {
        return campaignId;
    }

    Selection selection() {
        return selection;
    }

    String reason() {
        return reason;
    }

    String staffId() {
        return staffId;
    }

    Status status() {
        return status;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant appliedAt() {
        return appliedAt;
    }

    Instant restoredAt() {
        return restoredAt;
    }

    int signatureCount() {
        return signatureCount;
    }

    Map<String, Integer> countsByCommunity() {
        return countsByCommunity;
    }

    /** Where a batch is. */
    enum Status {
        APPLYING, APPLIED, RESTORING, RESTORED
    }

    /** A signature consumers had been told counted (so they must hear it no longer does, or again does). */
    record Announced(String signatureId, String community) {
    }
}
