package org.plaza.bench.mixed;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.plaza.bench.comments.CommentBurstScenario;
import org.plaza.bench.load.Outcome;
import org.plaza.bench.petitions.CountReadsScenario;
import org.plaza.bench.petitions.SignScenario;
import org.plaza.bench.platform.Platform;
import org.plaza.bench.report.RunResult;
import org.plaza.bench.scenario.CountedScenario;
import org.plaza.bench.scenario.ScenarioOptions.Mix;
import org.plaza.bench.scenario.Verification;

/**
 * A day's blend ({@code --mix}, default 70% count reads, 20% signatures, 10% comments), sharing one
 * staff session and one code reader; each part keeps its own exactness check.
 */
public final class MixedScenario extends CountedScenario {

    private final Platform platform;
    private final Mix mix;
    private final Map<String, CountedScenario> parts = new LinkedHashMap<>();

    public MixedScenario(Platform platform) {
        this.platform = platform;
        this.mix = platform.options().mix();
        if (mix.reads() > 0) {
            parts.put("reads", new CountReadsScenario(platform));
        }
        if (mix.signs() > 0) {
            parts.put("signs", new SignScenario(platform));
        }
        if (mix.comments() > 0) {
            parts.put("comments", new CommentBurstScenario(platform));
        }
    }

    @Override
    public String name() {
        return "mixed";
    }

    @Override
    public void prepare() throws Exception {
        for (CountedScenario part : parts.values()) {
            part.prepare();
        }
    }

    @Override
    protected CompletableFuture<Outcome> run(long sequence) {
        return parts.get(mix.partOf(sequence)).operation().run(sequence);
    }

    @Override
    public void measureFrom(long nanos) {
        parts.values().forEach(part -> part.measureFrom(nanos));
    }

    @Override
    public Map<String, RunResult.Latency> steps() {
        Map<String, RunResult.Latency> steps = new LinkedHashMap<>();
        parts.forEach((name, part) -> part.steps().forEach((step, latency) -> steps.put(name + "." + step, latency)));
        return steps;
    }

    @Override
    public Verification verify(long acknowledged, long ambiguous) throws Exception {
        Map<String, Verification> checks = new LinkedHashMap<>();
        for (Map.Entry<String, CountedScenario> part : parts.entrySet()) {
            checks.put(part.getKey(), part.getValue().verify(part.getValue().acknowledged(), part.getValue().ambiguous()));
        }
        return Verification.all(checks);
    }

    @Override
    public void close() throws InterruptedException {
        platform.close();
    }
}
