package org.plaza.devstack.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * What a process has used, from Linux's {@code /proc}: resident memory ({@code VmRSS:} of {@code status}) and CPU
 * time (user plus system, fields 14 and 15 of {@code stat}). Empty when the process has gone or this is not Linux.
 */
public final class ProcessStats {

    /** Linux's clock ticks per second for {@code /proc} times on every usual platform ({@code getconf CLK_TCK}). */
    static final long TICKS_PER_SECOND = 100;

    private ProcessStats() {
    }

    /** Resident memory in kB. */
    public static OptionalLong residentKilobytes(long pid) {
        try {
            return residentKilobytes(Files.readString(Path.of("/proc", String.valueOf(pid), "status")));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** CPU time used so far, in milliseconds. */
    public static OptionalLong cpuMillis(long pid) {
        try {
            return cpuMillis(Files.readString(Path.of("/proc", String.valueOf(pid), "stat")));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    static OptionalLong residentKilobytes(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith("VmRSS:")) {
                String[] value = line.substring("VmRSS:".length()).trim().split("\\s+");
                try {
                    return OptionalLong.of(Long.parseLong(value[0]));
                } catch (NumberFormatException e) {
                    return OptionalLong.empty();
                }
            }
        }
        return OptionalLong.empty();
    }

    /** Fields counted from the last ')', as the command name may hold spaces and parentheses. */
    static OptionalLong cpuMillis(String stat) {
        int end = stat.lastIndexOf(')');
        String[] fields = end < 0 ? new String[0] : stat.substring(end + 1).trim().split("\\s+");
        if (fields.length < 13) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of((Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000 / TICKS_PER_SECOND);
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
