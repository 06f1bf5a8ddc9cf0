package org.plaza.bench.cpu;

import java.util.OptionalLong;

/** Parsers for Linux {@code /proc/<pid>/stat} and {@code /proc/<pid>/status}. */
public final class Proc {

    private Proc() {
    }

    /**
     * CPU time the process has used, user plus system, in clock ticks: fields 14 and 15 of {@code stat}. The command
     * name (field 2) is in parentheses and may itself hold spaces and parentheses, so fields are counted from the
     * last {@code ')'}.
     */
    public static OptionalLong cpuTicks(String stat) {
        int end = stat.lastIndexOf(')');
        if (end < 0) {
            return OptionalLong.empty();
        }
        String[] fields = stat.substring(end + 1).trim().split("\\s+");
        // after the name: state is field 3, so utime (14) and stime (15) are at 11 and 12 here
        if (fields.length < 13) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** Resident memory in kB: the {@code VmRSS:} line of {@code status}. */
    public static OptionalLong rssKilobytes(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith("VmRSS:")) {
                String[] parts = line.substring("VmRSS:".length()).trim().split("\\s+");
                try {
                    return OptionalLong.of(Long.parseLong(parts[0]));
                } catch (NumberFormatException e) {
                    return OptionalLong.empty();
                }
            }
        }
        return OptionalLong.empty();
    }
}
