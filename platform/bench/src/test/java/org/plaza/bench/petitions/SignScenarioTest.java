package org.plaza.bench.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignScenarioTest {

    @Test
    void theViralPetitionGetsItsShareAndTheOthersSplitTheRestEvenly() {
        int[] perPetition = new int[10];
        for (long sequence = 0; sequence < 100_000; sequence++) {
            perPetition[SignScenario.petitionIndex(sequence, 10, 0.5)]++;
        }
        assertThat(perPetition[0]).isBetween(49_000, 51_000);
        for (int i = 1; i < 10; i++) {
            assertThat(perPetition[i]).isBetween(5_000, 6_100);
        }
    }

    @Test
    void withOnePetitionEverySignatureGoesToIt() {
        assertThat(SignScenario.petitionIndex(12345, 1, 0.1)).isZero();
    }

    @Test
    void aZeroViralShareSpreadsEverythingOverTheOtherPetitions() {
        for (long sequence = 0; sequence < 1_000; sequence++) {
            assertThat(SignScenario.petitionIndex(sequence, 5, 0)).isBetween(1, 4);
        }
    }
}
