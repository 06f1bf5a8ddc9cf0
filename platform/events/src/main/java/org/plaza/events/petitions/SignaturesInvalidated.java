package org.plaza.events.petitions;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * An organizer invalidated signatures in bulk (reversibly); a large batch is several events with
 * the same batchId. Consumers may see it before a SignatureVerified it names (different keys), so
 * they keep it until that arrives.
 *
 * @param petitionId The petition.
 * @param campaignId The campaign this item belongs to.
 * @param batchId The invalidation; SignaturesRestored names it to reverse it.
 * @param signatureIds The invalidated signatures, at most 1000 per event.
 * @param countsByCommunity How many of them per community code.
 * @param criterion How they were selected: CANONICAL_EMAIL, EMAIL_DOMAIN, CLIENT_ADDRESS_RANGE,
 *        TIME_WINDOW, FRAUD_FLAG.
 * @param staffId The organizer who invalidated them.
 * @param invalidatedAt When they were invalidated.
 */
@EventType("plaza.petitions.signatures-invalidated.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record SignaturesInvalidated(
        String petitionId,
        String campaignId,
        String batchId,
        List<String> signatureIds,
        Map<String, Integer> countsByCommunity,
        String criterion,
        String staffId,
        Instant invalidatedAt) implements PlazaEvent {

    @Override
    public String subject() {
        return petitionId;
    }

}
