package org.plaza.petitions.invalidation;

import java.time.Instant;
import java.util.Map;

/** An invalidation batch as the API and the staff pages show it (never an email address). */
public record BatchView(String id, String petitionId, String criterion, String selection, String reason,
        String staffId, String status, Instant createdAt, Instant appliedAt, Instant restoredAt, int signatureCount,
        Map<String, Integer> announcedByCommunity) {

    static BatchView of(InvalidationBatch batch) {
        return new BatchView(batch.id(), batch.petitionId(), batch.selection().criterion().name(),
                batch.selection().describe(), batch.reason(), batch.staffId(), batch.status().name(),
                batch.createdAt(), batch.appliedAt(), batch.restoredAt(), batch.signatureCount(),
                batch.countsByCommunity());
    }

    public boolean restorable() {
        return "APPLIED".equals(status);
    }
}
