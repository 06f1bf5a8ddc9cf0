package org.plaza.campaigns.action;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A public-comment drive of a campaign; open while it has no {@code closedAt} and its deadline is ahead. Its
 * outcome, for the archive: when its comments were first delivered to the public body.
 */
@Document(DriveAction.COLLECTION)
record DriveAction(
        @Id String driveId,
        @Indexed String campaignId,
        String titleEs,
        String titleEn,
        String publicBodyKind,
        String agendaItemNumber,
        Instant meetingAt,
        String timeZone,
        Instant commentDeadline,
        Instant openedAt,
        Instant closedAt,
        Instant packetDeliveredAt) {

    static final String COLLECTION = "drive_actions";
}
