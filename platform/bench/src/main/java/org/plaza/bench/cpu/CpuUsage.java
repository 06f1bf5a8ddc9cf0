package org.plaza.bench.cpu;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import org.plaza.bench.cpu.StackProcesses.Sample;

/**
 * CPU the processes spent on a run, per process and in total, and per operation. {@code cpuMs} is what each used
 * from the start of the load until the platform had settled; {@code idleCpuMsPerSecond} what it used per second at
 * rest just before (polling, heartbeats), measured the same way; {@code netCpuMs} the first less the second over the
 * window, which is what the operations cost. Per operation: net divided by the operations acknowledged in the window
 * (warm-up included). Processes of other programs on the machine do not count, so the figure holds on a busy
 * machine better than throughput does (contention still costs some cache misses).
 *
 * @param inTotal       processes summed into the totals (the load generator is not, except in the bare-stack run,
 *                      where it hosts the bare service: {@code note} says so)
 * @param loadAverage   {@code /proc/loadavg} at the start and at the end of the window
 * @param totalGrossCpuMsPerOperation the total before the rest was subtracted, per operation: an upper bound
 */
public record CpuUsage(double windowSeconds, long operations, long clockTicksPerSecond,
        Map<String, ProcessCpu> processes, double totalCpuMs, double totalNetCpuMs, Double totalCpuMsPerOperation,
        long totalRssMegabytes, String note, Map<String, String> loadAverage, Double totalGrossCpuMsPerOperation) {

    /** One process: CPU over the window, at rest, net, per operation, and resident memory at the end. */
    public record ProcessCpu(double cpuMs, double idleCpuMsPerSecond, double netCpuMs, Double cpuMsPerOperation,
            long rssMegabytes, boolean inTotal) {
    }

    /**
     * The usage between {@code loadStart} and {@code loadEnd}, less the rate between {@code idleStart} and
     * {@code idleEnd} (no rest measured when both are the same or empty). A process missing from a sample (it
     * exited) is left out.
     */
    public static CpuUsage of(Map<String, Sample> idleStart, Map<String, Sample> idleEnd, Map<String, Sample> loadStart,
            Map<String, Sample> loadEnd, long operations, long ticksPerSecond, Predicate<String> inTotal, String note,
            Map<String, String> loadAverage) {
        Map<String, ProcessCpu> processes = new LinkedHashMap<>();
        double window = 0;
        double total = 0;
        double totalNet = 0;
        long totalRss = 0;
        for (Map.Entry<String, Sample> entry : loadEnd.entrySet()) {
            String name = entry.getKey();
            Sample start = loadStart.get(name);
            if (start == null) {
                continue;
            }
            Sample end = entry.getValue();
            double seconds = (end.nanoTime() - start.nanoTime()) / 1e9;
            window = Math.max(window, seconds);
            double cpuMs = millis(end.cpuTicks() - start.cpuTicks(), ticksPerSecond);
            double idleRate = idleRate(idleStart.get(name), idleEnd.get(name), ticksPerSecond);
            double net = Math.max(0, cpuMs - idleRate * seconds);
            long rss = end.rssKilobytes() / 1024;
            boolean counted = inTotal.test(name);
            processes.put(name, new ProcessCpu(round(cpuMs), round(idleRate), round(net), perOperation(net, operations),
                    rss, counted));
            if (counted) {
                total += cpuMs;
                totalNet += net;
                totalRss += rss;
            }
        }
        return new CpuUsage(round(window), operations, ticksPerSecond, processes, round(total), round(totalNet),
                perOperation(totalNet, operations), totalRss, note, loadAverage, perOperation(total, operations));
    }

    /** CPU ms a second of a process at rest; 0 when not measured. */
    static double idleRate(Sample start, Sample end, long ticksPerSecond) {
        if (start == null || end == null || end.nanoTime() <= start.nanoTime()) {
            return 0;
        }
        return millis(end.cpuTicks() - start.cpuTicks(), ticksPerSecond) / ((end.nanoTime() - start.nanoTime()) / 1e9);
    }

    static double millis(long ticks, long ticksPerSecond) {
        return ticks * 1000.0 / ticksPerSecond;
    }

    private static Double perOperation(double cpuMs, long operations) {
        return operations <= 0 ? null : round(cpuMs / operations);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
