package org.plaza.petitions.milestone;

import java.time.Instant;

import org.plaza.events.petitions.PetitionMilestoneReached;
import org.plaza.starter.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A milestone a petition reached; the unique id {@code <petitionId>#<milestone>} makes it happen once. */
@Document("petition_milestones")
class Milestone extends OutboxAggregate {

    @Id
    private String id;
    private String petitionId;
    private int milestone;
    private long verifiedSignatureCount;
    private Instant reachedAt;

    private Milestone() {
    }

    static Milestone reached(String petitionId, String campaignId, int milestone, int goal, long verified,
            Instant now) {
        Milestone reached = new Milestone();
        reached.id = id(petitionId, milestone);
        reached.petitionId = petitionId;
        reached.milestone = milestone;
        reached.verifiedSignatureCount = verified;
        reached.reachedAt = now;
        reached.raise(new PetitionMilestoneReached(petitionId, campaignId, milestone, goal, verified, now));
        return reached;
    }

    static String id(String petitionId, int milestone) {
        return petitionId + "#" + milestone;
    }

    int milestone() {
        return milestone;
    }
}
