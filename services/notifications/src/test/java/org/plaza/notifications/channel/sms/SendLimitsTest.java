package org.plaza.notifications.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SendLimitsTest {

    private static final Instant NOON = Instant.parse("2026-12-08T20:00:00Z");

    /** The counters as MongoDB keeps them, in a map. */
    static final class MemoryCounters implements WindowCounters {
        private final Map<String, Long> counts = new HashMap<>();

        @Override
        public long increment(String key, Instant windowStart) {
            return counts.merge(key + "|" + windowStart, 1L, Long::sum);
        }

        @Override
        public void forgetBefore(Instant before) {
            counts.clear();
        }
    }

    private final SendLimits limits = new SendLimits(new MemoryCounters(),
            new SmsSettings.Limits(3, 5, 6, Duration.ofHours(1)));

    @Test
    void aFloodOfCodesToOneNumberIsRefusedAfterThePerNumberLimit() {
        for (int i = 0; i < 3; i++) {
            assertThat(limits.admit("tel_a", "+1760555", true, NOON.plusSeconds(i))).isEmpty();
        }

        assertThat(limits.admit("tel_a", "+1760555", true, NOON.plusSeconds(10))).contains(SendLimits.Refusal.NUMBER);
        assertThat(limits.admit("tel_b", "+1760555", true, NOON.plusSeconds(11))).as("another number").isEmpty();
    }

    @Test
    void aFloodOfCodesToManyNumbersOfOnePrefixIsRefusedAfterThePerPrefixLimit() {
        for (int i = 0; i < 5; i++) {
            assertThat(limits.admit("tel_" + i, "+1760555", true, NOON.plusSeconds(i))).isEmpty();
        }

        assertThat(limits.admit("tel_9", "+1760555", true, NOON.plusSeconds(9))).contains(SendLimits.Refusal.PREFIX);
        assertThat(limits.admit("tel_9", "+1760556", true, NOON.plusSeconds(9))).as("the next exchange").isEmpty();
    }

    @Test
    void remindersAndBroadcastsToOneTownAreNotHeldByThePrefixLimit() {
        for (int i = 0; i < 20; i++) {
            assertThat(limits.admit("tel_" + i, "+1760555", false, NOON)).isEmpty();
        }
    }

    @Test
    void theCountStartsAgainInTheNextWindow() {
        for (int i = 0; i < 3; i++) {
            limits.admit("tel_a", "+1760555", false, NOON);
        }
        assertThat(limits.admit("tel_a", "+1760555", false, NOON.plusSeconds(59 * 60))).isPresent();

        assertThat(limits.admit("tel_a", "+1760555", false, NOON.plus(Duration.ofHours(1)))).isEmpty();
    }
}
