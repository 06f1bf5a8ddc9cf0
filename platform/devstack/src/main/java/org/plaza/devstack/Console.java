package org.plaza.devstack;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Progress lines for a person watching the terminal; safe to call from several threads. */
final class Console {

    private final PrintStream out;
    private final PrintStream err;

    Console(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    synchronized void say(String text) {
        out.println(text);
        out.flush();
    }

    synchronized void component(String name, String message) {
        out.printf(Locale.ROOT, "  %-14s %s%n", name, message);
        out.flush();
    }

    /** A component that failed: what happened, then the end of its log. */
    synchronized void failure(String name, String reason, String logName, List<String> lastLines) {
        out.printf(Locale.ROOT, "  %-14s FAILED: %s%n", name, reason);
        out.printf(Locale.ROOT, "  %-14s last %d lines of %s:%n", "", lastLines.size(), logName);
        lastLines.forEach(line -> out.println("      | " + line));
        out.flush();
    }

    synchronized void refuse(String text) {
        err.println(text);
        err.flush();
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
