package org.plaza.events.petitions;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * A petition stopped taking signatures, at its closing date or by an organizer.
 *
 * @param petitionId The petition.
 * @param campaignId The campaign this item belongs to.
 * @param reason Why it closed.
 * @param verifiedSignatureCount Verified signatures at closing.
 * @param staffId The organizer who closed it; null when the closing date passed.
 * @param closedAt When it closed.
 */
@EventType("plaza.petitions.petition-closed.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record PetitionClosed(
        String petitionId,
        String campaignId,
        Reason reason,
        long verifiedSignatureCount,
        String staffId,
        Instant closedAt) implements PlazaEvent {

    /** Why a petition closed. */
    public enum Reason {
        DEADLINE_PASSED, CLOSED_BY_ORGANIZER
    }

    @Override
    public String subject() {
        return petitionId;
    }

}
