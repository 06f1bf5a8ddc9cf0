package org.plaza.bench.report;

/**
 * A whole benchmark: Plaza's run, the bare stack's run under the same load, and Plaza's throughput
 * and p99 as ratios to the bare stack's, which compare across machines.
 */
public record BenchReport(String startedAt, Machine machine, String backend, String target, RunResult plaza,
        RunResult bare, Double throughputRatio, Double p99Ratio, String command) {

    public record Machine(int cores, long maxHeapMegabytes, long physicalMemoryMegabytes, String os, String java) {
    }

    public static Double ratio(double numerator, double denominator) {
        return denominator == 0 ? null : Math.round(numerator / denominator * 1000) / 1000.0;
    }
}
