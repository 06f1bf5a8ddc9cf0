package org.plaza.bench.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plaza.bench.load.Outcome;

class CountReadsScenarioTest {

    private static final String COUNTS = "{\"petitionId\":\"p-1\",\"slug\":\"agua-1\",\"status\":\"OPEN\",\"total\":21,"
            + "\"verified\":20,\"pending\":1}";

    @Test
    void aReadCountsOnlyWhenItIsAnsweredWithTheCountsOfThePetitionAskedFor() {
        assertThat(CountReadsScenario.outcome(200, COUNTS, "agua-1")).isEqualTo(Outcome.OK);
        assertThat(CountReadsScenario.outcome(200, COUNTS, "agua")).isEqualTo(Outcome.error("unexpected-body"));
        assertThat(CountReadsScenario.outcome(200, "<html>Plaza</html>", "agua-1"))
                .isEqualTo(Outcome.error("unexpected-body"));
        assertThat(CountReadsScenario.outcome(200, "", "agua-1")).isEqualTo(Outcome.error("unexpected-body"));
    }

    @Test
    void aRefusalIsItsStatusWhateverItsBody() {
        assertThat(CountReadsScenario.outcome(503, "{\"status\":503}", "agua-1")).isEqualTo(Outcome.error("http-503"));
        assertThat(CountReadsScenario.outcome(429, COUNTS, "agua-1")).isEqualTo(Outcome.error("http-429"));
    }
}
