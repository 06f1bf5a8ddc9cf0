package org.plaza.notifications.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Each recipient domain has its own allowance per minute. */
class DomainRateLimitsTest {

    private final DomainRateLimits limits = new DomainRateLimits(new EmailSettings("no-reply@plaza.example", "",
            new EmailSettings.RateLimit(2, Map.of("gmail.com", 3)),
            new EmailSettings.Attachments(List.of("127.0.0.1"), DataSize.ofMegabytes(1), Duration.ofSeconds(1))));

    @Test
    void sendsOverTheDomainsLimitWaitForTheBucketToRefill() {
        assertThat(limits.acquire("example.org")).isZero();
        assertThat(limits.acquire("example.org")).isZero();
        Duration wait = limits.acquire("example.org");

        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void domainsDoNotShareAllowancesAndOverridesApply() {
        for (int i = 0; i < 3; i++) {
            assertThat(limits.acquire("gmail.com")).isZero();
        }
        assertThat(limits.acquire("gmail.com")).isPositive();
        assertThat(limits.acquire("yahoo.com")).isZero();
    }
}
