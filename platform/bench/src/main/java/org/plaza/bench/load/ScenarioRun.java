package org.plaza.bench.load;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.HdrHistogram.Histogram;
import org.plaza.bench.cpu.CpuMeter;
import org.plaza.bench.cpu.CpuUsage;
import org.plaza.bench.meters.ServiceMeters;
import org.plaza.bench.report.RunResult;
import org.plaza.bench.scenario.Scenario;
import org.plaza.bench.scenario.Verification;

/** Runs one scenario under one load model: prepare, drive (warm-up included), then verify exactness. */
public final class ScenarioRun {

    /** How long the end of a run waits at most for the services to go quiet (see {@link ServiceMeters.Window}). */
    private static final Duration QUIET_AT_MOST = Duration.ofMinutes(2);

    private ScenarioRun() {
    }

    public static RunResult run(Scenario scenario, LoadModel model, Duration duration, Duration warmup,
            Consumer<String> progress) throws Exception {
        return run(scenario, model, duration, warmup, null, progress);
    }

    /**
     * As {@link #run(Scenario, LoadModel, Duration, Duration, Consumer)}, measuring the processes' CPU with
     * {@code cpu} (when not null) from the start of the load until the platform has settled.
     */
    public static RunResult run(Scenario scenario, LoadModel model, Duration duration, Duration warmup, CpuMeter cpu,
            Consumer<String> progress) throws Exception {
        return run(scenario, model, duration, warmup, cpu, null, progress);
    }

    /**
     * As {@link #run(Scenario, LoadModel, Duration, Duration, CpuMeter, Consumer)}, also reading the services'
     * counters with {@code meters} (when not null) over the same window, which then ends (CPU included) once the
     * services have gone quiet.
     */
    public static RunResult run(Scenario scenario, LoadModel model, Duration duration, Duration warmup, CpuMeter cpu,
            ServiceMeters meters, Consumer<String> progress) throws Exception {
        progress.accept(scenario.name() + ": preparing");
        scenario.prepare();
        CpuMeter.Window cpuWindow = null;
        if (cpu != null) {
            cpuWindow = cpu.start();
        }
        ServiceMeters.Window countWindow = meters == null ? null : meters.start();
        long start = System.nanoTime();
        scenario.measureFrom(start + warmup.toNanos());
        RunRecorder recorder = new RunRecorder(start, warmup.toNanos());
        model.phases(duration).forEach((name, from) -> recorder.phase(name, from.toNanos()));
        Duration total = duration.plus(model.after());
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
        if (countWindow != null) {
            progress.accept(scenario.name() + ": waiting until no service sends or takes a Kafka record");
        }
        ServiceMeters.Counts counts = countWindow == null ? null
                : countWindow.finish(recorder.acknowledged(), QUIET_AT_MOST);
        CpuUsage usage = cpuWindow == null ? null : cpuWindow.finish(recorder.acknowledged());
        Histogram latency = recorder.measuredLatency();
        double measuredSeconds = Math.max(0.001, (total.toNanos() - warmup.toNanos()) / 1e9);
        Map<String, RunResult.Phase> phases = new LinkedHashMap<>();
        Map<String, Map<String, Long>> phaseErrors = recorder.phaseErrors();
        recorder.phaseLatency().forEach((name, histogram) -> phases.put(name, new RunResult.Phase(
                histogram.getTotalCount(), latency(histogram), phaseErrors.get(name))));
        return new RunResult(scenario.name(), model.describe(), total.toMillis() / 1000.0,
                warmup.toMillis() / 1000.0, recorder.successes(), recorder.successes() / measuredSeconds,
                latency(latency), recorder.errorsByKind(), recorder.timeline(), verification, scenario.steps(), usage,
                phases, counts == null ? null : counts.mongo(), counts == null ? null : counts.kafka(),
                counts == null ? null : counts.kafkaRequests());
    }

    private static RunResult.Latency latency(Histogram histogram) {
        return new RunResult.Latency(millis(histogram, 50), millis(histogram, 95), millis(histogram, 99),
                histogram.getTotalCount() == 0 ? 0 : histogram.getMaxValue() / 1000.0);
    }

    private static double millis(Histogram histogram, double percentile) {
        return histogram.getTotalCount() == 0 ? 0 : histogram.getValueAtPercentile(percentile) / 1000.0;
    }
}
