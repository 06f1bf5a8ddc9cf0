package org.plaza.bench.scenario;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.LongAdder;

import org.plaza.bench.load.LoadModel;
import org.plaza.bench.load.Operation;
import org.plaza.bench.load.Outcome;
import org.plaza.bench.report.RunResult;

/**
 * A scenario that counts its own acknowledged and ambiguous operations, so it can be verified alone
 * or as one part of a mixed run, and times the steps of its operations.
 */
public abstract class CountedScenario implements Scenario {

    protected final StepTimes steps = new StepTimes();
    private final LongAdder acknowledged = new LongAdder();
    private final LongAdder ambiguous = new LongAdder();

    /** One operation; counted as acknowledged when it ends OK, ambiguous when it may have been done. */
    protected abstract CompletableFuture<Outcome> run(long sequence);

    @Override
    public final Operation operation() {
        return sequence -> {
            CompletableFuture<Outcome> started;
            try {
                started = run(sequence);
            } catch (RuntimeException e) {
                started = CompletableFuture.failedFuture(e);
            }
            return started.handle((outcome, error) -> {
                Outcome ended = error == null ? outcome : Outcome.error(LoadModel.kind(error));
                if (ended.ok()) {
                    acknowledged.increment();
                } else if (Outcome.ambiguous(ended.errorKind())) {
                    ambiguous.increment();
                }
                return ended;
            });
        };
    }

    public long acknowledged() {
        return acknowledged.sum();
    }

    public long ambiguous() {
        return ambiguous.sum();
    }

    @Override
    public void measureFrom(long nanos) {
        steps.measureFrom(nanos);
    }

    @Override
    public Map<String, RunResult.Latency> steps() {
        return steps.latencies();
    }
}
