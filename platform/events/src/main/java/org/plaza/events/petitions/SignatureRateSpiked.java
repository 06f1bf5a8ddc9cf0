package org.plaza.events.petitions;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * Signing on a petition trended sharply above its baseline; operators should look.
 *
 * @param petitionId The petition.
 * @param campaignId The campaign this item belongs to.
 * @param windowStart Start of the measured window.
 * @param windowEnd End of the measured window.
 * @param signaturesInWindow Signatures submitted in the window.
 * @param perMinute Signatures per minute in the window.
 * @param baselinePerMinute The petition's usual signatures per minute.
 * @param detectedAt When the spike was detected.
 */
@EventType("plaza.petitions.signature-rate-spiked.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record SignatureRateSpiked(
        String petitionId,
        String campaignId,
        Instant windowStart,
        Instant windowEnd,
        int signaturesInWindow,
        double perMinute,
        double baselinePerMinute,
        Instant detectedAt) implements PlazaEvent {

    @Override
    public String subject() {
        return petitionId;
    }

}
