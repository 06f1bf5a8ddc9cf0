package org.plaza.bench.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.plaza.bench.report.RunResult;

/**
 * Latency of the steps inside one operation (a signature submitted, its code arriving, the confirmation),
 * recorded only after warm-up, so a two-step operation reports each step besides their sum.
 */
public final class StepTimes {

    private final Map<String, Recorder> steps = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, Histogram> totals = new LinkedHashMap<>();
    private volatile long measureFromNanos = Long.MAX_VALUE;

    public void measureFrom(long nanos) {
        measureFromNanos = nanos;
    }

    public void record(String step, long startNanos, long endNanos) {
        Recorder recorder = steps.computeIfAbsent(step, s -> new Recorder(3));
        if (startNanos >= measureFromNanos) {
            recorder.recordValue(Math.max(1, (endNanos - startNanos) / 1_000));
        }
    }

    /** Percentiles in milliseconds per step, in the order steps were first seen. */
    public synchronized Map<String, RunResult.Latency> latencies() {
        new LinkedHashMap<>(steps).forEach((step, recorder) -> totals.computeIfAbsent(step, s -> new Histogram(3))
                .add(recorder.getIntervalHistogram()));
        Map<String, RunResult.Latency> result = new LinkedHashMap<>();
        totals.entrySet().removeIf(total -> total.getValue().getTotalCount() == 0);
        totals.forEach((step, histogram) -> result.put(step, new RunResult.Latency(
                histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(95) / 1000.0,
                histogram.getValueAtPercentile(99) / 1000.0, histogram.getMaxValue() / 1000.0)));
        return result;
    }
}
