package org.plaza.campaigns.action;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A volunteer shift of a campaign; listed while it is not cancelled and has not started. {@code openSpots}
 * is the latest absolute value the outreach service announced, {@code spotsAt} when it announced it.
 */
@Document(ShiftAction.COLLECTION)
record ShiftAction(
        @Id String shiftId,
        @Indexed String campaignId,
        String activity,
        String titleEs,
        String titleEn,
        String community,
        Instant startsAt,
        Instant endsAt,
        String timeZone,
        Integer capacity,
        Integer openSpots,
        Instant spotsAt,
        Instant scheduledAt,
        Instant cancelledAt) {

    static final String COLLECTION = "shift_actions";
}
