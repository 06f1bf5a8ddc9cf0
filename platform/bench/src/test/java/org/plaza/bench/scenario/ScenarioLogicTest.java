package org.plaza.bench.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plaza.bench.scenario.ScenarioOptions.Mix;

class ScenarioLogicTest {

    @Test
    void theMixSendsEachPartItsPercentageOfEveryHundredOperations() {
        Mix mix = Mix.parse("reads=70,signs=20,comments=10");
        Map<String, Integer> parts = new LinkedHashMap<>();
        for (long sequence = 0; sequence < 1_000; sequence++) {
            parts.merge(mix.partOf(sequence), 1, Integer::sum);
        }
        assertThat(parts).containsEntry("reads", 700).containsEntry("signs", 200).containsEntry("comments", 100);
    }

    @Test
    void aMixThatDoesNotAddUpToAHundredOrNamesAnUnknownPartIsRefused() {
        assertThatThrownBy(() -> Mix.parse("reads=70,signs=20")).hasMessageContaining("100");
        assertThatThrownBy(() -> Mix.parse("reads=90,votes=10")).hasMessageContaining("votes");
    }

    @Test
    void aCapacityExceededFailsEvenWhenCountsAgree() {
        Verification counted = Verification.exact("x", 30, 0, 30, Map.of());

        assertThat(counted.and("capacity", false, Map.of("shiftsOverCapacity", 1L)).passed()).isFalse();
        assertThat(counted.and("capacity", true, Map.of("shiftsOverCapacity", 0L)).counts())
                .containsEntry("stored", 30L).containsEntry("shiftsOverCapacity", 0L);
    }

    @Test
    void aMixedRunPassesOnlyWhenEveryPartPassesAndPrefixesTheirCounts() {
        Verification reads = Verification.exact("reads", 20, 0, 20, Map.of("shown", 20L));
        Verification signs = Verification.exact("signs", 100, 0, 99, Map.of("shown", 99L));

        Verification both = Verification.all(Map.of("reads", reads, "signs", signs));

        assertThat(both.passed()).isFalse();
        assertThat(both.counts()).containsEntry("reads.shown", 20L).containsEntry("signs.stored", 99L);
        assertThat(Verification.all(Map.of("reads", reads)).passed()).isTrue();
    }

    @Test
    void stepsBeforeTheEndOfWarmUpAreNotCounted() {
        StepTimes steps = new StepTimes();
        steps.measureFrom(1_000_000_000L);
        steps.record("sign", 0, 900_000_000L);
        steps.record("sign", 1_000_000_000L, 1_005_000_000L);

        assertThat(steps.latencies().get("sign").max()).isBetween(4.9, 5.1);
    }
}
