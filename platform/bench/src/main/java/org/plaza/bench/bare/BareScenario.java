package org.plaza.bench.bare;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.plaza.bench.load.Operation;
import org.plaza.bench.scenario.Http;
import org.plaza.bench.scenario.Scenario;
import org.plaza.bench.scenario.Verification;

/** One insert plus one outboxed event per operation, on the bare stack. */
public final class BareScenario implements Scenario {

    private final BareStack stack;
    private final Http http;
    private final String run = UUID.randomUUID().toString();
    private final long publishedBefore;

    public BareScenario(BareStack stack) {
        this.stack = stack;
        this.http = new Http(stack.baseUri());
        this.publishedBefore = stack.published();
    }

    @Override
    public String name() {
        return "bare";
    }

    @Override
    public Operation operation() {
        return sequence -> http.postJson("api/public/bare?run=" + run, "").thenApply(Http::outcome);
    }

    @Override
    public Verification verify(long acknowledged, long ambiguous) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (stack.backlog() > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("published", stack.published() - publishedBefore);
        return Verification.exact("every acknowledged write is stored once and its event published once",
                acknowledged, ambiguous, stack.stored(run), counts);
    }
}
