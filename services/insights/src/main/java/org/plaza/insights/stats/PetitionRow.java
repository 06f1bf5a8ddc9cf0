package org.plaza.insights.stats;

import java.time.Instant;

/** A petition of a campaign with its counting signatures, delivery and response. */
public record PetitionRow(String id, String titleEs, String titleEn, String status, long goal, long signatures,
        Instant closesAt, String deliveredOn, String deliveryMethod, String responseOutcome, long milestonesReached)
        implements Titled {
}
