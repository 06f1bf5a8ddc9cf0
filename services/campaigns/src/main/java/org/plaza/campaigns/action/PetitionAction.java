package org.plaza.campaigns.action;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A petition of a campaign as the pages need it; open while it has no {@code closedAt} and its closing time is
 * ahead. Its outcome, for the archive: delivered (the day and the verified signatures delivered), and the
 * decision-maker's response (the day and {@code ResponseOutcome} code).
 */
@Document(PetitionAction.COLLECTION)
record PetitionAction(
        @Id String petitionId,
        @Indexed String campaignId,
        String titleEs,
        String titleEn,
        Integer signatureGoal,
        Instant closesAt,
        Instant publishedAt,
        Instant closedAt,
        LocalDate deliveredOn,
        Long deliveredSignatures,
        LocalDate respondedOn,
        String responseOutcome) {

    static final String COLLECTION = "petition_actions";
}
