package org.plaza.bench.report;

/**
 * A whole benchmark: Plaza's run, the bare stack's run under the same load, and Plaza's throughput
 * and p99 as ratios to the bare stack's, which compare across machines; {@code cpuRatio}: Plaza's CPU per
 * operation (all its processes) in bare-stack operations of the same run.
 */
public record BenchReport(String startedAt, Machine machine, String backend, String target, RunResult plaza,
        RunResult bare, Double throughputRatio, Double p99Ratio, String command, Double cpuRatio) {

    public BenchReport(String startedAt, Machine machine, String backend, String target, RunResult plaza,
            RunResult bare, Double throughputRatio, Double p99Ratio, String command) {
        this(startedAt, machine, backend, target, plaza, bare, throughputRatio, p99Ratio, command,
                cpuRatio(plaza, bare));
    }

    /** Plaza's CPU per operation divided by the bare stack's, when both were measured. */
    static Double cpuRatio(RunResult plaza, RunResult bare) {
        if (plaza == null || bare == null || plaza.cpu() == null || bare.cpu() == null
                || plaza.cpu().totalCpuMsPerOperation() == null || bare.cpu().totalCpuMsPerOperation() == null) {
            return null;
        }
        return ratio(plaza.cpu().totalCpuMsPerOperation(), bare.cpu().totalCpuMsPerOperation());
    }

    public record Machine(int cores, long maxHeapMegabytes, long physicalMemoryMegabytes, String os, String java) {
    }

    public static Double ratio(double numerator, double denominator) {
        return denominator == 0 ? null : Math.round(numerator / denominator * 1000) / 1000.0;
    }
}
