package org.plaza.bench.cpu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Measures a run's CPU from {@code /proc}, from {@link #start()} to {@link Window#finish(long)}, less what the
 * processes used at rest ({@link Rest}, measured once before the first run's preparation, when the stack is idle).
 */
public final class CpuMeter {

    private final StackProcesses processes;
    private final Rest rest;
    private final long ticksPerSecond;
    private final Predicate<String> inTotal;
    private final String note;

    public CpuMeter(StackProcesses processes, Rest rest, long ticksPerSecond, Predicate<String> inTotal, String note) {
        this.processes = processes;
        this.rest = rest;
        this.ticksPerSecond = ticksPerSecond;
        this.inTotal = inTotal;
        this.note = note;
    }

    /** The processes at rest: two samples {@code duration} apart (none for a zero duration). */
    public record Rest(Map<String, StackProcesses.Sample> start, Map<String, StackProcesses.Sample> end) {

        public static Rest measure(StackProcesses processes, Duration duration) throws InterruptedException {
            if (duration.isZero()) {
                return new Rest(Map.of(), Map.of());
            }
            Map<String, StackProcesses.Sample> start = processes.sample();
            Thread.sleep(duration.toMillis());
            return new Rest(start, processes.sample());
        }
    }

    /** Samples the start of the load. */
    public Window start() {
        return new Window(processes.sample(), loadAverage());
    }

    /** A measurement under way. */
    public final class Window {

        private final Map<String, StackProcesses.Sample> loadStart;
        private final String loadAverageAtStart;

        private Window(Map<String, StackProcesses.Sample> loadStart, String loadAverageAtStart) {
            this.loadStart = loadStart;
            this.loadAverageAtStart = loadAverageAtStart;
        }

        /** The usage up to now, for {@code operations} acknowledged in the window. */
        public CpuUsage finish(long operations) {
            Map<String, String> loadAverage = new LinkedHashMap<>();
            loadAverage.put("start", loadAverageAtStart);
            loadAverage.put("end", loadAverage());
            return CpuUsage.of(rest.start(), rest.end(), loadStart, processes.sample(), operations, ticksPerSecond,
                    inTotal, note, loadAverage);
        }
    }

    /** {@code getconf CLK_TCK}, or 100 (Linux's usual) when it cannot be asked. */
    public static long clockTicksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            return getconf.waitFor() == 0 ? Long.parseLong(out) : 100;
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }

    /** The first three fields of {@code /proc/loadavg} (1, 5 and 15 minutes), or "unknown". */
    public static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields.length < 3 ? "unknown" : fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
