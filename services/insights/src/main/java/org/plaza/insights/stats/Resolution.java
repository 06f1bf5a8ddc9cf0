package org.plaza.insights.stats;

import java.time.Duration;

/** Bucket sizes of a series, each with the span a chart shows by default. */
public enum Resolution {
    MINUTE("minute", Duration.ofHours(1)),
    HOUR("hour", Duration.ofHours(48)),
    DAY("day", Duration.ofDays(60));

    private final String field;
    private final Duration defaultSpan;

    Resolution(String field, Duration defaultSpan) {
        this.field = field;
        this.defaultSpan = defaultSpan;
    }

    /** The fact field that holds this bucket. */
    public String field() {
        return field;
    }

    public Duration defaultSpan() {
        return defaultSpan;
    }
}
