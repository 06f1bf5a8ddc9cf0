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
 * Measures a run's CPU from {@code /proc}: the processes at rest for a few seconds first, then from
 * {@link #start()} to {@link Window#finish(long)}.
 */
public final class CpuMeter {

    private final StackProcesses processes;
    private final Duration rest;
    private final long ticksPerSecond;
    private final Predicate<String> inTotal;
    private final String note;

    public CpuMeter(StackProcesses processes, Duration rest, long ticksPerSecond, Predicate<String> inTotal, String note) {
        this.processes = processes;
        this.rest = rest;
        this.ticksPerSecond = ticksPerSecond;
        this.inTotal = inTotal;
        this.note = note;
    }

    /** Samples the processes at rest for the configured time, then the start of the load. */
    public Window start() throws InterruptedException {
        Map<String, StackProcesses.Sample> idleStart = processes.sample();
        if (!rest.isZero()) {
            Thread.sleep(rest.toMillis());
        }
        Map<String, StackProcesses.Sample> loadStart = processes.sample();
        return rest.isZero() ? new Window(Map.of(), Map.of(), loadStart, loadAverage())
                : new Window(idleStart, loadStart, loadStart, loadAverage());
    }

    /** A measurement under way. */
    public final class Window {

        private final Map<String, StackProcesses.Sample> idleStart;
        private final Map<String, StackProcesses.Sample> idleEnd;
        private final Map<String, StackProcesses.Sample> loadStart;
        private final String loadAverageAtStart;

        private Window(Map<String, StackProcesses.Sample> idleStart, Map<String, StackProcesses.Sample> idleEnd,
                Map<String, StackProcesses.Sample> loadStart, String loadAverageAtStart) {
            this.idleStart = idleStart;
            this.idleEnd = idleEnd;
            this.loadStart = loadStart;
            this.loadAverageAtStart = loadAverageAtStart;
        }

        /** The usage up to now, for {@code operations} acknowledged in the window. */
        public CpuUsage finish(long operations) {
            Map<String, String> loadAverage = new LinkedHashMap<>();
            loadAverage.put("start", loadAverageAtStart);
            loadAverage.put("end", loadAverage());
            return CpuUsage.of(idleStart, idleEnd, loadStart, processes.sample(), operations, ticksPerSecond, inTotal,
                    note, loadAverage);
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
