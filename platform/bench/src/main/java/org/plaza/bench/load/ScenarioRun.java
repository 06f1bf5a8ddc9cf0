package org.plaza.bench.load;

import java.time.Duration;
import java.util.function.Consumer;

import org.HdrHistogram.Histogram;
import org.plaza.bench.report.RunResult;
import org.plaza.bench.scenario.Scenario;
import org.plaza.bench.scenario.Verification;

/** Runs one scenario under one load model: prepare, drive (warm-up included), then verify exactness. */
public final class ScenarioRun {

    private ScenarioRun() {
    }

    public static RunResult run(Scenario scenario, LoadModel model, Duration duration, Duration warmup,
            Consumer<String> progress) throws Exception {
        progress.accept(scenario.name() + ": preparing");
        scenario.prepare();
        long start = System.nanoTime();
        scenario.measureFrom(start + warmup.toNanos());
        RunRecorder recorder = new RunRecorder(start, warmup.toNanos());
        progress.accept(scenario.name() + ": " + model.describe() + " for " + duration.toSeconds() + " s (warm-up "
                + warmup.toSeconds() + " s)");
        model.drive(scenario.operation(), duration, recorder, start, line -> progress.accept(scenario.name() + ": " + line));
        progress.accept(scenario.name() + ": waiting for the platform to settle, then checking exactness");
        Verification verification;
        try {
            verification = scenario.verify(recorder.acknowledged(), recorder.ambiguous());
        } finally {
            scenario.close();
        }
        Histogram latency = recorder.measuredLatency();
        double measuredSeconds = Math.max(0.001, (duration.toNanos() - warmup.toNanos()) / 1e9);
        return new RunResult(scenario.name(), model.describe(), duration.toMillis() / 1000.0,
                warmup.toMillis() / 1000.0, recorder.successes(), recorder.successes() / measuredSeconds,
                new RunResult.Latency(millis(latency, 50), millis(latency, 95), millis(latency, 99),
                        latency.getTotalCount() == 0 ? 0 : latency.getMaxValue() / 1000.0),
                recorder.errorsByKind(), recorder.timeline(), verification, scenario.steps());
    }

    private static double millis(Histogram histogram, double percentile) {
        return histogram.getTotalCount() == 0 ? 0 : histogram.getValueAtPercentile(percentile) / 1000.0;
    }
}
