package org.plaza.bench.report;

import java.util.List;
import java.util.Map;

import org.plaza.bench.load.RunRecorder.TimelinePoint;
import org.plaza.bench.scenario.Verification;

/**
 * The figures of one scenario run (after warm-up), its per-second timeline, its exactness check, and the
 * latency of each step of a multi-step operation ({@code steps}, after warm-up).
 */
public record RunResult(String scenario, String model, double durationSeconds, double warmupSeconds,
        long succeeded, double throughputPerSecond, Latency latencyMillis, Map<String, Long> errors,
        List<TimelinePoint> timeline, Verification verification, Map<String, Latency> steps) {

    /** Latency percentiles of successful operations, in milliseconds. */
    public record Latency(double p50, double p95, double p99, double max) {
    }
}
