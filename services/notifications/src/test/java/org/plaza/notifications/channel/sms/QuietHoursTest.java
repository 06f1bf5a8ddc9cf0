package org.plaza.notifications.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private static final ZoneId COACHELLA = ZoneId.of("America/Los_Angeles");
    private final QuietHours quiet = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0), COACHELLA);

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(COACHELLA).toInstant();
    }

    @Test
    void anOptionalTextAtNineInTheEveningWaitsUntilEightTheNextMorning() {
        assertThat(quiet.endOf(local("2026-12-07T21:00"))).contains(local("2026-12-08T08:00"));
        assertThat(quiet.endOf(local("2026-12-07T23:59:59"))).contains(local("2026-12-08T08:00"));
    }

    @Test
    void anOptionalTextBeforeEightInTheMorningWaitsUntilEightThatMorning() {
        assertThat(quiet.endOf(local("2026-12-08T00:00"))).contains(local("2026-12-08T08:00"));
        assertThat(quiet.endOf(local("2026-12-08T07:59:59"))).contains(local("2026-12-08T08:00"));
    }

    @Test
    void daytimeIsNotQuiet() {
        assertThat(quiet.endOf(local("2026-12-08T08:00"))).isEmpty();
        assertThat(quiet.endOf(local("2026-12-08T13:30"))).isEmpty();
        assertThat(quiet.endOf(local("2026-12-08T20:59:59"))).isEmpty();
    }

    @Test
    void quietHoursFollowTheCommunitysClockNotUtc() {
        Instant eightPmUtc = Instant.parse("2026-12-08T20:00:00Z");

        assertThat(quiet.endOf(eightPmUtc)).as("noon in the Coachella Valley").isEmpty();
        assertThat(quiet.endOf(Instant.parse("2026-12-08T06:00:00Z"))).as("22:00 the evening before")
                .contains(local("2026-12-08T08:00"));
    }

    @Test
    void theMorningAfterTheClocksGoForwardStillEndsAtEightLocalTime() {
        assertThat(quiet.endOf(local("2027-03-14T01:30"))).contains(local("2027-03-14T08:00"));
        assertThat(local("2027-03-14T08:00")).isEqualTo(Instant.parse("2027-03-14T15:00:00Z"));
    }

    @Test
    void aWindowWithinOneDayWorksToo() {
        QuietHours lunch = new QuietHours(LocalTime.of(13, 0), LocalTime.of(14, 0), COACHELLA);

        assertThat(lunch.endOf(local("2026-12-08T13:15"))).contains(local("2026-12-08T14:00"));
        assertThat(lunch.endOf(local("2026-12-08T14:00"))).isEmpty();
        assertThat(new QuietHours(LocalTime.NOON, LocalTime.NOON, COACHELLA).endOf(local("2026-12-08T12:00")))
                .isEmpty();
    }
}
