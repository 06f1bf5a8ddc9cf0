package org.plaza.devstack.process;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One log file per component under {@code logs/}; rotated once it passes 10 MB. */
public final class LogFiles {

    private static final long ROTATE_AT_BYTES = 10L * 1024 * 1024;
    private static final int TAIL_WINDOW_BYTES = 64 * 1024;

    private final Path directory;

    public LogFiles(Path directory) {
        this.directory = directory;
    }

    public Path of(String component) {
        return directory.resolve(component + ".log");
    }

    /** Rotates the component's log if it is large and appends a line marking the new run. */
    public Path openForRun(String component) {
        Path log = of(component);
        try {
            Files.createDirectories(directory);
            if (Files.exists(log) && Files.size(log) > ROTATE_AT_BYTES) {
                Files.move(log, directory.resolve(component + ".log.1"), StandardCopyOption.REPLACE_EXISTING);
            }
            String marker = "==== plaza: starting " + component + " at " + Instant.now() + " ====\n";
            Files.writeString(log, marker, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return log;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + log, e);
        }
    }

    /** The last {@code count} lines of a file (fewer if it is shorter); empty when it does not exist. */
    public static List<String> tail(Path file, int count) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            int window = (int) Math.min(length, TAIL_WINDOW_BYTES);
            byte[] bytes = new byte[window];
            in.seek(length - window);
            in.readFully(bytes);
            List<String> lines = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\r?\n"));
            return lines.subList(Math.max(0, lines.size() - count), lines.size());
        } catch (IOException e) {
            return List.of("(cannot read " + file + ": " + e.getMessage() + ")");
        }
    }
}
