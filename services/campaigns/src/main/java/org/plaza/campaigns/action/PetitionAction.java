package org.plaza.campaigns.action;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A petition of a campaign as the page needs it; open while it has no {@code closedAt} and its closing time is ahead. */
@Document(PetitionAction.COLLECTION)
record PetitionAction(
        @Id String petitionId,
        @Indexed String campaignId,
        String titleEs,
        String titleEn,
        Integer signatureGoal,
        Instant closesAt,
        Instant publishedAt,
        Instant closedAt) {

    static final String COLLECTION = "petition_actions";
}
