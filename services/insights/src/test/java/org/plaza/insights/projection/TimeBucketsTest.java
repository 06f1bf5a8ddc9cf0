package org.plaza.insights.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class TimeBucketsTest {

    private final TimeBuckets buckets = new TimeBuckets(ZoneId.of("America/Los_Angeles"));

    @Test
    void putsAnInstantInItsMinuteHourAndLocalDay() {
        Instant at = Instant.parse("2025-11-28T07:34:56Z");

        assertThat(buckets.minute(at)).isEqualTo(Instant.parse("2025-11-28T07:34:00Z").getEpochSecond());
        assertThat(buckets.hour(at)).isEqualTo(Instant.parse("2025-11-28T07:00:00Z").getEpochSecond());
        assertThat(buckets.day(at)).isEqualTo(Instant.parse("2025-11-27T08:00:00Z").getEpochSecond());
    }

    @Test
    void aLocalDayStartsAtLocalMidnightAcrossDaylightSavingChanges() {
        assertThat(buckets.day(Instant.parse("2025-11-02T12:00:00Z")))
                .isEqualTo(Instant.parse("2025-11-02T07:00:00Z").getEpochSecond());
        assertThat(buckets.day(Instant.parse("2025-11-03T12:00:00Z")))
                .isEqualTo(Instant.parse("2025-11-03T08:00:00Z").getEpochSecond());
    }
}
