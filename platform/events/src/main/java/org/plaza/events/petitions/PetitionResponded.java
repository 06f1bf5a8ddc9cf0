package org.plaza.events.petitions;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * An organizer recorded the decision-maker's response to a delivered petition.
 *
 * @param petitionId The petition.
 * @param campaignId The campaign this item belongs to.
 * @param respondedOn The day the decision-maker responded.
 * @param outcome The response: ACCEPTED, PARTIALLY_ACCEPTED, REJECTED, UNDER_REVIEW.
 * @param staffId The organizer who recorded the response.
 * @param recordedAt When the response was recorded.
 */
@EventType("plaza.petitions.petition-responded.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record PetitionResponded(
        String petitionId,
        String campaignId,
        LocalDate respondedOn,
        String outcome,
        String staffId,
        Instant recordedAt) implements PlazaEvent {

    @Override
    public String subject() {
        return petitionId;
    }

}
