package org.plaza.comments.drive;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Turns the times an organizer types (local to the public body) into instants. A local time that a
 * daylight-saving change skips moves forward by the gap; one that occurs twice is the earlier one.
 */
public final class DeadlineRules {

    private DeadlineRules() {
    }

    public static Instant at(LocalDateTime local, ZoneId zone) {
        return ZonedDateTime.ofLocal(local, zone, null).toInstant();
    }

    /** The explicit deadline, or the body's rule counted back from the meeting. */
    public static Instant deadline(Instant meetingAt, LocalDateTime explicitDeadline, ZoneId zone,
            Duration beforeMeeting) {
        return explicitDeadline != null ? at(explicitDeadline, zone) : meetingAt.minus(beforeMeeting);
    }
}
