package org.plaza.bench.report;

import java.util.List;
import java.util.Map;

import org.plaza.bench.cpu.CpuUsage;
import org.plaza.bench.load.RunRecorder.TimelinePoint;
import org.plaza.bench.meters.PerOperation;
import org.plaza.bench.scenario.Verification;

/**
 * The figures of one scenario run (after warm-up), its per-second timeline, its exactness check, the
 * latency of each step of a multi-step operation ({@code steps}, after warm-up), the CPU and memory the
 * processes spent ({@code cpu}, null when they could not be read) and, for an overload run, each phase
 * ({@code phases}: {@code overload}, {@code after}), and what the services counted over the same window as the CPU
 * ({@code mongo}: MongoDB commands per operation by command; {@code kafka}: Kafka records sent per operation by
 * topic; {@code kafkaRequests}: the requests the services' Kafka clients sent per operation, by kind; null when no
 * service could be read).
 */
public record RunResult(String scenario, String model, double durationSeconds, double warmupSeconds,
        long succeeded, double throughputPerSecond, Latency latencyMillis, Map<String, Long> errors,
        List<TimelinePoint> timeline, Verification verification, Map<String, Latency> steps, CpuUsage cpu,
        Map<String, Phase> phases, PerOperation mongo, PerOperation kafka, PerOperation kafkaRequests) {

    public RunResult(String scenario, String model, double durationSeconds, double warmupSeconds, long succeeded,
            double throughputPerSecond, Latency latencyMillis, Map<String, Long> errors, List<TimelinePoint> timeline,
            Verification verification, Map<String, Latency> steps, CpuUsage cpu, Map<String, Phase> phases,
            PerOperation mongo, PerOperation kafka) {
        this(scenario, model, durationSeconds, warmupSeconds, succeeded, throughputPerSecond, latencyMillis, errors,
                timeline, verification, steps, cpu, phases, mongo, kafka, null);
    }

    public RunResult(String scenario, String model, double durationSeconds, double warmupSeconds, long succeeded,
            double throughputPerSecond, Latency latencyMillis, Map<String, Long> errors, List<TimelinePoint> timeline,
            Verification verification, Map<String, Latency> steps, CpuUsage cpu, Map<String, Phase> phases) {
        this(scenario, model, durationSeconds, warmupSeconds, succeeded, throughputPerSecond, latencyMillis, errors,
                timeline, verification, steps, cpu, phases, null, null, null);
    }

    public RunResult(String scenario, String model, double durationSeconds, double warmupSeconds, long succeeded,
            double throughputPerSecond, Latency latencyMillis, Map<String, Long> errors, List<TimelinePoint> timeline,
            Verification verification, Map<String, Latency> steps) {
        this(scenario, model, durationSeconds, warmupSeconds, succeeded, throughputPerSecond, latencyMillis, errors,
                timeline, verification, steps, null, Map.of());
    }

    /** One phase of the run (warm-up included): its successful operations' latency and its errors by kind. */
    public record Phase(long succeeded, Latency latencyMillis, Map<String, Long> errors) {
    }

    /** Latency percentiles of successful operations, in milliseconds. */
    public record Latency(double p50, double p95, double p99, double max) {
    }
}
