package org.plaza.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

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

    public RunRecorder(long startNanos, long warmupNanos) {
        this.startNanos = startNanos;
        this.warmupNanos = warmupNanos;
    }

    public void record(long dueNanos, long doneNanos, Outcome outcome) {
        long latencyMicros = Math.max(1, (doneNanos - dueNanos) / 1_000);
        long elapsed = doneNanos - startNanos;
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

    private static final class Second {
        final LongAdder ok = new LongAdder();
        final LongAdder errors = new LongAdder();
        final Recorder latency = new Recorder(3);
    }

    /** One second of the run: completions, errors, and latency percentiles in milliseconds. */
    public record TimelinePoint(long second, long ok, long errors, double p50Millis, double p99Millis) {
    }
}
