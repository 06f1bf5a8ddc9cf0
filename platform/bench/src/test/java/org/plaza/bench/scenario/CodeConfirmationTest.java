package org.plaza.bench.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.plaza.bench.load.Outcome;

class CodeConfirmationTest {

    private static final String EMAIL = "r1-run@m1.bench.example.org";

    private CompletableFuture<String> emailedCode = new CompletableFuture<>();
    private final List<String> forgotten = new ArrayList<>();
    private final List<String> confirmations = new ArrayList<>();
    private final StepTimes steps = new StepTimes();
    private final CodeConfirmation confirmation = new CodeConfirmation(email -> emailedCode, forgotten::add,
            Duration.ofMillis(200), steps);

    CodeConfirmationTest() {
        steps.measureFrom(Long.MIN_VALUE);
    }

    @Test
    void confirmsWithTheReferenceFromTheAnswerAndTheEmailedCodeTimingEachStep() {
        emailedCode.complete("482913");

        Outcome outcome = run(answer(202, "{\"ticket\":\"t-1\"}"), answer(200, "{}"));

        assertThat(outcome).isEqualTo(Outcome.OK);
        assertThat(confirmations).containsExactly("t-1/482913");
        assertThat(steps.latencies()).containsOnlyKeys("sign", "code-on-kafka", "confirm");
    }

    @Test
    void aRefusedSubmissionIsAnErrorNamedAfterItsStepAndWaitsForNoCode() {
        Outcome outcome = run(answer(429, "{}"), answer(200, "{}"));

        assertThat(outcome).isEqualTo(Outcome.error("sign-http-429"));
        assertThat(steps.latencies()).containsOnlyKeys("sign");
    }

    @Test
    void aCodeThatNeverArrivesLeavesTheSubmissionUnconfirmed() {
        assertThat(run(answer(202, "{\"ticket\":\"t-1\"}"), answer(200, "{}")))
                .isEqualTo(Outcome.error("code-not-received"));
        assertThat(confirmations).isEmpty();
    }

    @Test
    void aConfirmationAnswerThatDoesNotCountIsAnErrorOfTheConfirmStep() {
        emailedCode.complete("482913");

        assertThat(run(answer(202, "{\"ticket\":\"t-1\"}"), answer(204, ""))).isEqualTo(Outcome.error("confirm-http-204"));
    }

    @Test
    void theAddressIsForgottenOnceHoweverTheOperationEnds() {
        run(answer(503, ""), answer(200, "{}"));
        run(answer(202, "{\"ticket\":\"t-1\"}"), answer(200, "{}"));
        emailedCode = CompletableFuture.completedFuture("482913");
        run(answer(202, "{\"ticket\":\"t-2\"}"), answer(400, "{}"));

        assertThat(confirmations).containsExactly("t-2/482913");
        assertThat(forgotten).containsExactly(EMAIL, EMAIL, EMAIL);
    }

    private Outcome run(HttpResponse<String> submitted, HttpResponse<String> confirmed) {
        return confirmation.run(EMAIL, "sign", () -> CompletableFuture.completedFuture(submitted), "ticket",
                (ticket, code) -> {
                    confirmations.add(ticket + "/" + code);
                    return CompletableFuture.completedFuture(confirmed);
                }, status -> status == 200).join();
    }

    @SuppressWarnings("unchecked")
    private static HttpResponse<String> answer(int status, String body) {
        HttpResponse<String> response = mock(HttpResponse.class);
        when(response.statusCode()).thenReturn(status);
        when(response.body()).thenReturn(body);
        return response;
    }
}
