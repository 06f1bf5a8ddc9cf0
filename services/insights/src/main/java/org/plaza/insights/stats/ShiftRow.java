package org.plaza.insights.stats;

import java.time.Instant;

/** A shift with its places taken, waitlist, attendance and hours. */
public record ShiftRow(String id, String titleEs, String titleEn, String status, String activity, String community,
        Instant startsAt, long capacity, long minimum, long signedUp, long waitlisted, long attended,
        long minutesServed) implements Titled {

    /** Hours served, rounded down to a tenth. */
    public double hours() {
        return Math.floor(minutesServed / 6.0) / 10.0;
    }

    public boolean filled() {
        return !"CANCELLED".equals(status) && capacity > 0 && signedUp >= capacity;
    }
}
