package org.plaza.petitions.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.plaza.petitions.PetitionSettings;
import org.plaza.testsupport.time.MovableClock;

/** Per-client limits refuse; bursts from one client or one uncommon domain are only flagged. */
class AbuseChecksTest {

    static final Instant T0 = Instant.parse("2026-03-01T18:00:00Z");

    final MovableClock clock = MovableClock.standingAt(T0);
    final AbuseChecks checks = new AbuseChecks(new PetitionSettings(null, null, null, null,
            new PetitionSettings.Abuse(3, Duration.ofMinutes(1), Duration.ofMinutes(10), 2, 3, Set.of("gmail.com")),
            null, null), clock);

    @Test
    void refusesAClientOverItsLimitUntilTheWindowPasses() {
        for (int i = 0; i < 3; i++) {
            assertThat(checks.admit("203.0.113.7")).isTrue();
        }
        assertThat(checks.admit("203.0.113.7")).isFalse();
        assertThat(checks.admit("203.0.113.8")).isTrue();

        clock.moveTo(T0.plusSeconds(61));
        assertThat(checks.admit("203.0.113.7")).isTrue();
    }

    @Test
    void flagsBurstsFromOneClientOrOneUncommonDomainPerPetition() {
        assertThat(checks.burst("pet_1", "203.0.113.7", "example.org")).isEmpty();
        assertThat(checks.burst("pet_1", "203.0.113.7", "example.org")).isEmpty();
        assertThat(checks.burst("pet_1", "203.0.113.7", "example.org")).contains(AbuseChecks.Burst.CLIENT);
        assertThat(checks.burst("pet_2", "203.0.113.7", "example.org")).isEmpty();

        assertThat(checks.burst("pet_1", "198.51.100.1", "example.org")).contains(AbuseChecks.Burst.DOMAIN);
        for (int i = 0; i < 5; i++) {
            assertThat(checks.burst("pet_3", "198.51.100." + (10 + i), "GMAIL.com")).isEmpty();
        }
    }
}
