package org.plaza.events.petitions;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * An organizer moved an open petition's closing date later; signing now closes at the new date.
 *
 * @param petitionId The petition.
 * @param campaignId The campaign this item belongs to.
 * @param previousClosesAt The closing date before the extension; null when the petition had none.
 * @param closesAt The new closing date.
 * @param staffId The organizer who extended it.
 * @param extendedAt When it was extended.
 */
@EventType("plaza.petitions.petition-deadline-extended.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record PetitionDeadlineExtended(
        String petitionId,
        String campaignId,
        Instant previousClosesAt,
        Instant closesAt,
        String staffId,
        Instant extendedAt) implements PlazaEvent {

    @Override
    public String subject() {
        return petitionId;
    }

}
