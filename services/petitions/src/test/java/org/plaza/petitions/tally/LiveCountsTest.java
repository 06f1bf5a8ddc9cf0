package org.plaza.petitions.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The live counts cache's reads of the shards, with the shards stubbed. */
class LiveCountsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T14:00:00Z");

    @Test
    void aPetitionTheTickerJustReReadIsNotReadAgainByTheNextRefreshButByTheOneAfter() {
        Tallies tallies = mock(Tallies.class);
        when(tallies.read("pet_1")).thenReturn(sum(1), sum(3));
        LiveCounts live = new LiveCounts(tallies, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(live.get("pet_1").verified()).isEqualTo(1);

        live.remember("pet_1", sum(2).counts());
        live.refresh();

        assertThat(live.get("pet_1").verified()).isEqualTo(2);
        verify(tallies, times(1)).read("pet_1");

        live.refresh();

        assertThat(live.get("pet_1").verified()).isEqualTo(3);
        verify(tallies, times(2)).read("pet_1");
    }

    private static Tallies.ShardSum sum(long verified) {
        return new Tallies.ShardSum(new Counts(verified, verified, Map.of(), NOW), verified, NOW);
    }
}
