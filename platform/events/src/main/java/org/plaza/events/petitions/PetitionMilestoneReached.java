package org.plaza.events.petitions;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * A petition's verified signatures reached one of its milestones; raised exactly once per
 * milestone.
 *
 * @param petitionId The petition.
 * @param campaignId The campaign this item belongs to.
 * @param milestone The milestone reached (a verified-signature count).
 * @param signatureGoal The petition's goal.
 * @param verifiedSignatureCount Verified signatures when it was reached (at least the milestone).
 * @param reachedAt When it was reached.
 */
@EventType("plaza.petitions.petition-milestone-reached.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record PetitionMilestoneReached(
        String petitionId,
        String campaignId,
        int milestone,
        int signatureGoal,
        long verifiedSignatureCount,
        Instant reachedAt) implements PlazaEvent {

    @Override
    public String subject() {
        return petitionId;
    }

}
