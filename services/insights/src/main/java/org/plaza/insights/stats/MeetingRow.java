package org.plaza.insights.stats;

import java.time.Instant;

/**
 * A community meeting with its latest counts: residents going (RSVPs confirmed with a place), waiting for one, and
 * checked in at the door.
 */
public record MeetingRow(String id, String titleEs, String titleEn, String status, String community, Instant startsAt,
        Long capacity, long going, long waitlisted, long attended) implements Titled {

    /** Checked in of those going, in whole percent; null before anyone is going. */
    public Long attendanceRate() {
        return going == 0 ? null : Math.round(100.0 * attended / going);
    }

    public boolean cancelled() {
        return "CANCELLED".equals(status);
    }
}
