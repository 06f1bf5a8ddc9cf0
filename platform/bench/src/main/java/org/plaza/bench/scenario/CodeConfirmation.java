package org.plaza.bench.scenario;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

import org.plaza.bench.load.Outcome;
import org.plaza.bench.platform.Json;
import org.plaza.bench.platform.NotificationCodes;

/**
 * A resident's submission confirmed with the code emailed for it, as signatures and comments are: the
 * submission (answered 202), its code read from the notification request on Kafka, then the confirmation.
 * Each part is a timed step ({@code <step>}, {@code code-on-kafka}, {@code confirm}) and names the error
 * it ends with ({@code <step>-http-<status>}, {@code code-not-received}, {@code confirm-http-<status>}).
 */
public final class CodeConfirmation {

    private final Function<String, CompletableFuture<String>> codeFor;
    private final Consumer<String> forget;
    private final Duration codeTimeout;
    private final StepTimes steps;

    public CodeConfirmation(NotificationCodes codes, Duration codeTimeout, StepTimes steps) {
        this(codes::codeFor, codes::forget, codeTimeout, steps);
    }

    CodeConfirmation(Function<String, CompletableFuture<String>> codeFor, Consumer<String> forget, Duration codeTimeout,
            StepTimes steps) {
        this.codeFor = codeFor;
        this.forget = forget;
        this.codeTimeout = codeTimeout;
        this.steps = steps;
    }

    /**
     * One operation of the resident at {@code email}.
     *
     * @param step      the submission's step, which also names its errors ({@code sign} → {@code sign-http-429})
     * @param submit    sends the submission
     * @param reference the field of the submission's answer that the confirmation names (a ticket, an id)
     * @param confirm   sends the confirmation, given that field's value and the code
     * @param confirmed the statuses of the confirmation's answer that mean the submission counts
     */
    public CompletableFuture<Outcome> run(String email, String step, Supplier<CompletableFuture<HttpResponse<String>>> submit,
            String reference, BiFunction<String, String, CompletableFuture<HttpResponse<String>>> confirm,
            IntPredicate confirmed) {
        CompletableFuture<String> code = codeFor.apply(email);
        long submitted = System.nanoTime();
        return submit.get().thenCompose(answer -> {
            long acknowledged = System.nanoTime();
            steps.record(step, submitted, acknowledged);
            if (answer.statusCode() != 202) {
                forget.accept(email);
                return CompletableFuture.completedFuture(Outcome.error(step + "-http-" + answer.statusCode()));
            }
            String referenced = Json.parse(answer.body()).path(reference).asString();
            return code.orTimeout(codeTimeout.toMillis(), TimeUnit.MILLISECONDS).handle((received, missing) -> received)
                    .thenCompose(received -> {
                        if (received == null) {
                            forget.accept(email);
                            return CompletableFuture.completedFuture(Outcome.error("code-not-received"));
                        }
                        long arrived = System.nanoTime();
                        steps.record("code-on-kafka", acknowledged, arrived);
                        return confirm.apply(referenced, received).thenApply(confirmation -> {
                            steps.record("confirm", arrived, System.nanoTime());
                            forget.accept(email);
                            return confirmed.test(confirmation.statusCode()) ? Outcome.OK
                                    : Outcome.error("confirm-http-" + confirmation.statusCode());
                        });
                    });
        });
    }
}
