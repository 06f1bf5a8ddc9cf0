package org.plaza.campaigns.action;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A public-comment drive of a campaign; open while it has no {@code closedAt} and its deadline is ahead. */
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
        Instant closedAt) {

    static final String COLLECTION = "drive_actions";
}
