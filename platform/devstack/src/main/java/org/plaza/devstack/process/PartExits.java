package org.plaza.devstack.process;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of one process that ended on their own while the process runs on: the services of the shared JVM
 * ({@code --jvms shared}), whose context may fail to start or close while the others keep serving. The process appends
 * a line per part ({@code name<TAB>reason}) to a file; the launcher reads the lines it has not read yet.
 */
public final class PartExits {

    private final Path file;
    private long readUpTo;

    public PartExits(Path file) {
        this.file = file;
    }

    /** Written by the process: one part ended, and why (one line). */
    public static synchronized void record(Path file, String part, String reason) {
        String line = part + "\t" + reason.replaceAll("\\s+", " ").strip() + "\n";
        try {
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record the exit of " + part + " in " + file, e);
        }
    }

    /** Forgets an earlier run's exits: called before the process starts. */
    public synchronized void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        readUpTo = 0;
    }

    /** The exits recorded since the last call, complete lines only. */
    public synchronized List<Exit> unread() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            byte[] bytes = new byte[(int) Math.max(0, in.length() - readUpTo)];
            in.seek(readUpTo);
            in.readFully(bytes);
            String text = new String(bytes, StandardCharsets.UTF_8);
            int complete = text.lastIndexOf('\n') + 1;
            readUpTo += text.substring(0, complete).getBytes(StandardCharsets.UTF_8).length;
            List<Exit> exits = new ArrayList<>();
            for (String line : text.substring(0, complete).split("\n")) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    exits.add(new Exit(line.substring(0, tab), line.substring(tab + 1)));
                }
            }
            return exits;
        } catch (IOException e) {
            return List.of();
        }
    }

    /** One part that ended: its name (a service's) and why. */
    public record Exit(String part, String reason) {
    }
}
