package org.plaza.supporters.mydata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ClientLimitsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

    @Test
    void aClientHasItsShareOfCodeRequestsPerWindowAndItsNetworkSharesIt() {
        ClientLimits limits = new ClientLimits(3, Duration.ofHours(1));

        assertThat(limits.tryAcquire("203.0.113.7", NOW)).isTrue();
        assertThat(limits.tryAcquire("203.0.113.8", NOW)).isTrue();
        assertThat(limits.tryAcquire("203.0.113.9", NOW)).isTrue();
        assertThat(limits.tryAcquire("203.0.113.10", NOW)).isFalse();
        assertThat(limits.tryAcquire("198.51.100.1", NOW)).isTrue();
    }

    @Test
    void theShareComesBackWhenTheWindowHasPassed() {
        ClientLimits limits = new ClientLimits(1, Duration.ofHours(1));

        assertThat(limits.tryAcquire("2001:db8:1:2::5", NOW)).isTrue();
        assertThat(limits.tryAcquire("2001:db8:1:ffff::9", NOW.plusSeconds(60))).isFalse();
        assertThat(limits.tryAcquire("2001:db8:1:2::5", NOW.plus(Duration.ofHours(1)).plusSeconds(1))).isTrue();
    }
}
