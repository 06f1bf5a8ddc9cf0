package org.plaza.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.plaza.testsupport.time.MovableClock;

class SignInThrottleTest {

    private final MovableClock clock = MovableClock.standingAt(Instant.parse("2026-12-07T10:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(3, Duration.ofMinutes(15), clock);

    @Test
    void wrongPasswordsFromOneClientNeverLockTheAccountForAnotherClient() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("203.0.113.66", "stf_admin");
        }

        assertThat(throttle.isThrottled("203.0.113.66", "stf_admin")).isTrue();
        assertThat(throttle.isThrottled("198.51.100.5", "stf_admin")).isFalse();
        assertThat(throttle.isThrottled("203.0.113.66", "stf_other")).isFalse();
    }

    @Test
    void theThirdWrongPasswordInARowStartsTheThrottleOnce() {
        assertThat(throttle.failed("203.0.113.66", "stf_admin")).isFalse();
        assertThat(throttle.failed("203.0.113.66", "stf_admin")).isFalse();
        assertThat(throttle.failed("203.0.113.66", "stf_admin")).isTrue();
        assertThat(throttle.failed("203.0.113.66", "stf_admin")).isFalse();
    }

    @Test
    void theThrottleLapsesOnItsOwn() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("203.0.113.66", "stf_admin");
        }

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));

        assertThat(throttle.isThrottled("203.0.113.66", "stf_admin")).isFalse();
        assertThat(throttle.throttledAccounts()).isEmpty();
    }

    @Test
    void anAdministratorsResetClearsEveryClientsThrottleOnTheAccount() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("203.0.113.66", "stf_admin");
            throttle.failed("198.51.100.5", "stf_admin");
        }
        assertThat(throttle.throttledAccounts()).containsExactly("stf_admin");

        throttle.forget("stf_admin");

        assertThat(throttle.isThrottled("203.0.113.66", "stf_admin")).isFalse();
        assertThat(throttle.isThrottled("198.51.100.5", "stf_admin")).isFalse();
    }

    @Test
    void aRightPasswordForgetsEarlierFailuresFromThatClient() {
        throttle.failed("203.0.113.66", "stf_admin");
        throttle.failed("203.0.113.66", "stf_admin");

        throttle.succeeded("203.0.113.66", "stf_admin");
        throttle.failed("203.0.113.66", "stf_admin");
        throttle.failed("203.0.113.66", "stf_admin");

        assertThat(throttle.isThrottled("203.0.113.66", "stf_admin")).isFalse();
    }

    @Test
    void oneIpv6NetworkIsOneClient() {
        for (int i = 1; i <= 3; i++) {
            throttle.failed("2001:db8:1:2::" + i, "stf_admin");
        }

        assertThat(throttle.isThrottled("2001:db8:1:2:ffff::9", "stf_admin")).isTrue();
        assertThat(throttle.isThrottled("2001:db8:1:3::1", "stf_admin")).isFalse();
    }
}
