package org.plaza.events.petitions;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * An organizer reversed an invalidation; the signatures count again.
 *
 * @param petitionId The petition.
 * @param campaignId The campaign this item belongs to.
 * @param batchId The invalidation being reversed.
 * @param signatureIds The restored signatures, at most 1000 per event.
 * @param countsByCommunity How many of them per community code.
 * @param staffId The organizer who restored them.
 * @param restoredAt When they were restored.
 */
@EventType("plaza.petitions.signatures-restored.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record SignaturesRestored(
        String petitionId,
        String campaignId,
        String batchId,
        List<String> signatureIds,
        Map<String, Integer> countsByCommunity,
        String staffId,
        Instant restoredAt) implements PlazaEvent {

    @Override
    public String subject() {
        return petitionId;
    }

}
