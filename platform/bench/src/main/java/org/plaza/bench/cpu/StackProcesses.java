package org.plaza.bench.cpu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The processes to measure: those {@code ./plaza up} lists in its {@code pids} file (one line each, {@code name pid
 * start ports}; the launcher itself left out, but not what runs inside it), and this load generator's own JVM as {@value #BENCH}. Samples their
 * CPU ticks and resident memory from {@code /proc}.
 */
public final class StackProcesses {

    /** The load generator's own process (and, in the bare-stack run, the bare service it hosts). */
    public static final String BENCH = "bench";
    private static final Set<String> NOT_MEASURED = Set.of("launcher");

    private final Map<String, Long> pids;
    private final Path proc;

    StackProcesses(Map<String, Long> pids, Path proc) {
        this.pids = Map.copyOf(pids);
        this.proc = proc;
    }

    /** The processes of the pids file (none when it does not exist) and the bench, read from {@code /proc}. */
    public static StackProcesses of(Path pidFile) {
        Map<String, Long> pids = new LinkedHashMap<>();
        if (Files.isRegularFile(pidFile)) {
            try {
                pids.putAll(parsePidFile(Files.readString(pidFile)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + pidFile, e);
            }
        }
        pids.put(BENCH, ProcessHandle.current().pid());
        return new StackProcesses(pids, Path.of("/proc"));
    }

    /**
     * Name → pid of each line of a devstack pids file, the launcher and comment lines left out. Components that share
     * a process (the mail and SMS sinks run inside the launcher's JVM) are measured once, under their names joined
     * ({@code mail+sms}); that process is then the launcher's.
     */
    static Map<String, Long> parsePidFile(String text) {
        Map<Long, String> names = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String[] fields = line.trim().split("\\s+");
            if (line.isBlank() || line.startsWith("#") || fields.length < 2 || NOT_MEASURED.contains(fields[0])) {
                continue;
            }
            try {
                names.merge(Long.parseLong(fields[1]), fields[0], (first, next) -> first + "+" + next);
            } catch (NumberFormatException ignored) {
                // not a process line
            }
        }
        Map<String, Long> pids = new LinkedHashMap<>();
        names.forEach((pid, name) -> pids.put(name, pid));
        return pids;
    }

    /** Whether a stack was found (more than the bench itself). */
    public boolean foundStack() {
        return pids.size() > 1;
    }

    /** Now: each process's CPU ticks and resident kB; a process that has gone is left out. */
    public Map<String, Sample> sample() {
        Map<String, Sample> samples = new LinkedHashMap<>();
        pids.forEach((name, pid) -> read(pid).ifPresent(sample -> samples.put(name, sample)));
        return samples;
    }

    private Optional<Sample> read(long pid) {
        try {
            OptionalLong ticks = Proc.cpuTicks(Files.readString(proc.resolve(pid + "/stat")));
            OptionalLong rss = Proc.rssKilobytes(Files.readString(proc.resolve(pid + "/status")));
            if (ticks.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Sample(ticks.getAsLong(), rss.orElse(0), System.nanoTime()));
        } catch (IOException | RuntimeException gone) {
            return Optional.empty();
        }
    }

    /** One process at one moment. */
    public record Sample(long cpuTicks, long rssKilobytes, long nanoTime) {
    }
}
