package org.plaza.insights.projection;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.bson.Document;

/**
 * The minute, hour and day an instant falls in, as epoch seconds of the bucket's start in the
 * configured zone, stored on each fact so series are a plain group-by.
 */
public record TimeBuckets(ZoneId zone) {

    public static final String MINUTE = "minute";
    public static final String HOUR = "hour";
    public static final String DAY = "day";

    public long minute(Instant at) {
        return at.truncatedTo(ChronoUnit.MINUTES).getEpochSecond();
    }

    public long hour(Instant at) {
        return at.atZone(zone).truncatedTo(ChronoUnit.HOURS).toEpochSecond();
    }

    public long day(Instant at) {
        return at.atZone(zone).toLocalDate().atStartOfDay(zone).toEpochSecond();
    }

    /** The three bucket fields for a fact that happened at {@code at}. */
    public Document of(Instant at) {
        return new Document(MINUTE, minute(at)).append(HOUR, hour(at)).append(DAY, day(at));
    }
}
