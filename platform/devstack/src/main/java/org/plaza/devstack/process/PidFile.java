package org.plaza.devstack.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The {@code pids} file of a data folder: one line per running component ({@code name pid start ports}),
 * so that {@code ./plaza down} and {@code ./plaza status} work from another terminal. A component inside the
 * launcher's JVM ({@link InLauncher}) carries the launcher's pid. The start time guards against a recycled pid.
 */
public final class PidFile {

    public static final String LAUNCHER = "launcher";

    private static final String HEADER = "# Plaza devstack processes: name pid start-epoch-millis ports";

    private final Path file;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    public PidFile(Path file) {
        this.file = file;
    }

    public Path path() {
        return file;
    }

    /** The entries on disk, in the order they were written; empty when there is no file. */
    public List<Entry> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<Entry> read = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                Entry.parse(line).ifPresent(read::add);
            }
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Records a process we started and rewrites the file. */
    public synchronized void add(String name, ProcessHandle process, List<Integer> ports) {
        entries.put(name, Entry.of(name, process, ports));
        write();
    }

    public synchronized void remove(String name) {
        if (entries.remove(name) != null) {
            write();
        }
    }

    public synchronized void delete() {
        entries.clear();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + file, e);
        }
    }

    private void write() {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        entries.values().forEach(entry -> lines.add(entry.format()));
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, lines);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** One process: its name in the stack, pid, start time (0 if unknown) and listening ports. */
    public record Entry(String name, long pid, long startMillis, List<Integer> ports) {

        static Entry of(String name, ProcessHandle process, List<Integer> ports) {
            long start = process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
            return new Entry(name, process.pid(), start, List.copyOf(ports));
        }

        static Optional<Entry> parse(String line) {
            String[] fields = line.trim().split("\\s+");
            if (line.isBlank() || line.startsWith("#") || fields.length < 3) {
                return Optional.empty();
            }
            try {
                List<Integer> ports = fields.length < 4 || fields[3].equals("-") ? List.of()
                        : Arrays.stream(fields[3].split(",")).map(Integer::valueOf).toList();
                return Optional.of(new Entry(fields[0], Long.parseLong(fields[1]), Long.parseLong(fields[2]), ports));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        /** A process that has exited but is not reaped yet (Linux state Z) still has a pid: it is gone all the same. */
        private static boolean isZombie(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
                int end = stat.lastIndexOf(')');
                return end > 0 && end + 2 < stat.length() && stat.charAt(end + 2) == 'Z';
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }

        String format() {
            String portList = ports.isEmpty() ? "-"
                    : ports.stream().map(String::valueOf).collect(Collectors.joining(","));
            return name + " " + pid + " " + startMillis + " " + portList;
        }

        /** The live process this entry describes, unless it has exited or its pid now names another process. */
        public Optional<ProcessHandle> process() {
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(handle -> !isZombie(handle.pid()))
                    .filter(handle -> startMillis == 0 || handle.info().startInstant()
                            .map(start -> start.toEpochMilli() == startMillis)
                            .orElse(true));
        }
    }
}
