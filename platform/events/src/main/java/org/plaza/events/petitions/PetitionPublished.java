package org.plaza.events.petitions;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * An organizer published a petition in both languages; residents can sign it.
 *
 * @param petitionId The petition.
 * @param campaignId The campaign this item belongs to.
 * @param titleEs Public title in Spanish.
 * @param titleEn Public title in English.
 * @param signatureGoal The number of verified signatures the petition aims for.
 * @param milestones Verified-signature counts that raise PetitionMilestoneReached, ascending.
 * @param communities Codes of the communities the petition concerns.
 * @param closesAt When signing closes, if the petition has a closing date.
 * @param staffId The organizer who published it.
 * @param publishedAt When it was published.
 */
@EventType("plaza.petitions.petition-published.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record PetitionPublished(
        String petitionId,
        String campaignId,
        String titleEs,
        String titleEn,
        int signatureGoal,
        List<Integer> milestones,
        List<String> communities,
        Instant closesAt,
        String staffId,
        Instant publishedAt) implements PlazaEvent {

    @Override
    public String subject() {
        return petitionId;
    }

}
