package org.plaza.petitions.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.plaza.petitions.PetitionSettings;
import org.plaza.testsupport.time.MovableClock;

/** The live counts cache's reads of the shards, with the shards stubbed: read through, at most once a second. */
class LiveCountsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T14:00:00Z");

    private final MovableClock clock = MovableClock.standingAt(NOW);
    private final Tallies tallies = mock(Tallies.class);
    private final LiveCounts live = new LiveCounts(tallies, settings(Duration.ofSeconds(1)), clock);

    @Test
    void aRequestReadsTheShardsOnlyWhenItFindsTheCountsOlderThanTheRefreshInterval() {
        when(tallies.read("pet_1")).thenAnswer(call -> sum(1)).thenAnswer(call -> sum(2));

        assertThat(live.get("pet_1").verified()).isEqualTo(1);
        clock.advance(Duration.ofMillis(999));
        assertThat(live.get("pet_1").verified()).isEqualTo(1);
        verify(tallies, times(1)).read("pet_1");

        clock.advance(Duration.ofMillis(1));
        assertThat(live.get("pet_1").verified()).isEqualTo(2);
        verify(tallies, times(2)).read("pet_1");
    }

    @Test
    void aPetitionNobodyAsksAboutIsNotReadHoweverLongItWaits() {
        when(tallies.read("pet_1")).thenAnswer(call -> sum(1));
        live.get("pet_1");

        clock.advance(Duration.ofMinutes(10));

        verify(tallies, times(1)).read("pet_1");
        verify(tallies, never()).read("pet_2");
    }

    @Test
    void countsTheTickerJustReadAreServedWithoutReadingAgain() {
        live.remember("pet_1", sum(4).counts());
        clock.advance(Duration.ofMillis(500));

        assertThat(live.get("pet_1").verified()).isEqualTo(4);
        verify(tallies, never()).read("pet_1");
    }

    @Test
    void olderCountsNeverReplaceNewerOnes() {
        live.remember("pet_1", sum(4).counts());
        live.remember("pet_1", new Counts(3, 3, Map.of(), NOW.minusMillis(200)));

        assertThat(live.get("pet_1").verified()).isEqualTo(4);
    }

    @Test
    void aCrowdFindingTheCountsStaleCausesOneReadAndIsAnsweredAtOnce() throws Exception {
        live.remember("pet_1", sum(1).counts());
        clock.advance(Duration.ofSeconds(2));
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        when(tallies.read("pet_1")).thenAnswer(call -> {
            reading.countDown();
            release.await(30, TimeUnit.SECONDS);
            return sum(5);
        });
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<Counts> reader = pool.submit(() -> live.get("pet_1"));
            assertThat(reading.await(30, TimeUnit.SECONDS)).isTrue();
            List<Future<Counts>> crowd = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                crowd.add(pool.submit(() -> live.get("pet_1")));
            }
            for (Future<Counts> one : crowd) {
                assertThat(one.get(30, TimeUnit.SECONDS).verified()).isEqualTo(1);
            }
            release.countDown();
            assertThat(reader.get(30, TimeUnit.SECONDS).verified()).isEqualTo(5);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        verify(tallies, times(1)).read("pet_1");
        assertThat(live.get("pet_1").verified()).isEqualTo(5);
    }

    @Test
    void aFailedReadServesTheLastCountsAndTheNextRequestTriesAgain() {
        live.remember("pet_1", sum(2).counts());
        clock.advance(Duration.ofSeconds(2));
        when(tallies.read("pet_1")).thenThrow(new IllegalStateException("MongoDB is away"))
                .thenAnswer(call -> sum(3));

        assertThat(live.get("pet_1").verified()).isEqualTo(2);
        assertThat(live.get("pet_1").verified()).isEqualTo(3);
    }

    private Tallies.ShardSum sum(long verified) {
        return new Tallies.ShardSum(new Counts(verified, verified, Map.of(), clock.instant()), verified, NOW);
    }

    private static PetitionSettings settings(Duration refreshInterval) {
        return new PetitionSettings(URI.create("http://plaza.test"), ZoneId.of("UTC"), null,
                new PetitionSettings.Counting(16, refreshInterval, Duration.ofSeconds(10), Duration.ofSeconds(60)),
                null, null, null);
    }
}
