package org.plaza.events.petitions;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * An organizer recorded that the petition was delivered to its decision-maker.
 *
 * @param petitionId The petition.
 * @param campaignId The campaign this item belongs to.
 * @param deliveredOn The day it was delivered.
 * @param method How it was delivered: IN_PERSON, PUBLIC_MEETING, EMAIL, POSTAL_MAIL.
 * @param verifiedSignatureCount Verified signatures delivered.
 * @param staffId The organizer who recorded the delivery.
 * @param recordedAt When the delivery was recorded.
 */
@EventType("plaza.petitions.petition-delivered.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record PetitionDelivered(
        String petitionId,
        String campaignId,
        LocalDate deliveredOn,
        String method,
        long verifiedSignatureCount,
        String staffId,
        Instant recordedAt) implements PlazaEvent {

    @Override
    public String subject() {
        return petitionId;
    }

}
