package org.plaza.insights.stats;

import java.time.Instant;

/** A comment drive with its comments by position, speakers, and packet deliveries (failed ones too). */
public record DriveRow(String id, String titleEs, String titleEn, String status, String publicBodyKind,
        Instant meetingAt, Instant commentDeadline, long comments, long support, long oppose, long neutral,
        long wantsToSpeak, long approved, long rejected, long packetsDelivered, long deliveriesFailed)
        implements Titled {
}
