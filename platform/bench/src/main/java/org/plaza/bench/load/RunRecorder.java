package org.plaza.bench.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Records each operation's latency, measured from when it was due (not when it was sent, so a
 * stalled system cannot hide its queueing), per second of the run and in total after warm-up.
 */
public final class RunRecorder {

    private final long startNanos;
    private final long warmupNanos;
    private final Recorder measured = new Recorder(3);
    private final Map<Long, Second> seconds = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final LongAdder ok = new LongAdder();
    private final LongAdder okIncludingWarmup = new LongAdder();
    private final LongAdder warmupAmbiguous = new LongAdder();
    /** Named phases of the run by their start (nanos after the start), warm-up included: the overload and after it. */
    private final NavigableMap<Long, Phase> phases = new ConcurrentSkipListMap<>();

    public RunRecorder(long startNanos, long warmupNanos) {
        this.startNanos = startNanos;
        this.warmupNanos = warmupNanos;
    }

    /** Operations due from {@code fromNanos} after the start on (until the next phase) are also counted as {@code name}. */
    public void phase(String name, long fromNanos) {
        phases.put(fromNanos, new Phase(name));
    }

    public void record(long dueNanos, long doneNanos, Outcome outcome) {
        long latencyMicros = Math.max(1, (doneNanos - dueNanos) / 1_000);
        long elapsed = doneNanos - startNanos;
        Map.Entry<Long, Phase> phase = phases.floorEntry(dueNanos - startNanos);
        if (phase != null) {
            phase.getValue().record(latencyMicros, outcome);
        }
        Second second = seconds.computeIfAbsent(elapsed / 1_000_000_000L, s -> new Second());
        boolean inWarmup = dueNanos - startNanos < warmupNanos;
        if (outcome.ok()) {
            okIncludingWarmup.increment();
            second.ok.increment();
            second.latency.recordValue(latencyMicros);
            if (!inWarmup) {
                ok.increment();
                measured.recordValue(latencyMicros);
            }
        } else {
            second.errors.increment();
            if (inWarmup && Outcome.ambiguous(outcome.errorKind())) {
                warmupAmbiguous.increment();
            }
            if (!inWarmup) {
                errors.computeIfAbsent(outcome.errorKind(), k -> new LongAdder()).increment();
            }
        }
    }

    /** Totals after warm-up: successful operations' latency histogram (microseconds). */
    public Histogram measuredLatency() {
        return measured.getIntervalHistogram();
    }

    public long successes() {
        return ok.sum();
    }

    /** Every operation the platform acknowledged, warm-up included: what must be stored and counted. */
    public long acknowledged() {
        return okIncludingWarmup.sum();
    }

    /** Operations that timed out or broke off once sent: the platform may have done them. */
    public long ambiguous() {
        long measured = errors.entrySet().stream().filter(e -> Outcome.ambiguous(e.getKey()))
                .mapToLong(e -> e.getValue().sum()).sum();
        return measured + warmupAmbiguous.sum();
    }

    public Map<String, Long> errorsByKind() {
        Map<String, Long> result = new TreeMap<>();
        errors.forEach((kind, count) -> result.put(kind, count.sum()));
        return result;
    }

    /** One row per second of the whole run, warm-up included, for the charts. */
    public List<TimelinePoint> timeline() {
        List<TimelinePoint> points = new ArrayList<>();
        new TreeMap<>(seconds).forEach((second, data) -> {
            Histogram latency = data.latency.getIntervalHistogram();
            points.add(new TimelinePoint(second, data.ok.sum(), data.errors.sum(),
                    latency.getTotalCount() == 0 ? 0 : latency.getValueAtPercentile(50) / 1000.0,
                    latency.getTotalCount() == 0 ? 0 : latency.getValueAtPercentile(99) / 1000.0));
        });
        return points;
    }

    /** Latency (microseconds) of each phase's successful operations, by phase name in order. */
    public Map<String, Histogram> phaseLatency() {
        Map<String, Histogram> result = new LinkedHashMap<>();
        phases.values().forEach(phase -> result.put(phase.name, phase.latency.copy()));
        return result;
    }

    /** Errors of each phase by kind, by phase name in order. */
    public Map<String, Map<String, Long>> phaseErrors() {
        Map<String, Map<String, Long>> result = new LinkedHashMap<>();
        phases.values().forEach(phase -> {
            Map<String, Long> kinds = new TreeMap<>();
            phase.errors.forEach((kind, count) -> kinds.put(kind, count.sum()));
            result.put(phase.name, kinds);
        });
        return result;
    }

    private static final class Phase {
        final String name;
        final ConcurrentHistogram latency = new ConcurrentHistogram(3);
        final Map<String, LongAdder> errors = new ConcurrentHashMap<>();

        Phase(String name) {
            this.name = name;
        }

        void record(long latencyMicros, Outcome outcome) {
            if (outcome.ok()) {
                latency.recordValue(latencyMicros);
            } else {
                errors.computeIfAbsent(outcome.errorKind(), k -> new LongAdder()).increment();
            }
        }
    }

    private static final class Second {
        final LongAdder ok = new LongAdder();
        final LongAdder errors = new LongAdder();
        final Recorder latency = new Recorder(3);
    }

    /** One second of the run: completions, errors, and latency percentiles in milliseconds. */
    public record TimelinePoint(long second, long ok, long errors, double p50Millis, double p99Millis) {
    }
}
