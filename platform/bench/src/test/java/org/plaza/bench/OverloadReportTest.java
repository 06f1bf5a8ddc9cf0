package org.plaza.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plaza.bench.cpu.CpuUsage;
import org.plaza.bench.load.LoadModel;
import org.plaza.bench.load.Outcome;
import org.plaza.bench.load.RunRecorder;
import org.plaza.bench.report.BenchReport;
import org.plaza.bench.report.HtmlReport;
import org.plaza.bench.report.RunResult;

/** The overload's and a split run's phases, and the CPU figures in the report. */
class OverloadReportTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void eachOperationCountsInThePhaseItWasDueInWithItsRefusals() {
        RunRecorder recorder = new RunRecorder(0, 0);
        new LoadModel.Overload(20, 3, Duration.ofSeconds(30), 100).phases(Duration.ofSeconds(60))
                .forEach((name, from) -> recorder.phase(name, from.toNanos()));

        recorder.record(10 * SECOND, 10 * SECOND + 900_000_000L, Outcome.OK);
        recorder.record(20 * SECOND, 20 * SECOND + 1_000_000L, Outcome.error("sign-http-503"));
        recorder.record(59 * SECOND, 61 * SECOND, Outcome.OK);
        recorder.record(61 * SECOND, 61 * SECOND + 50_000_000L, Outcome.OK);

        assertThat(recorder.phaseLatency()).containsOnlyKeys("overload", "after");
        assertThat(recorder.phaseLatency().get("overload").getTotalCount()).isEqualTo(2);
        assertThat(recorder.phaseLatency().get("after").getMaxValue() / 1000.0).isBetween(49.0, 51.0);
        assertThat(recorder.phaseErrors().get("overload")).containsExactly(Map.entry("sign-http-503", 1L));
        assertThat(recorder.phaseErrors().get("after")).isEmpty();
    }

    @Test
    void aSplitRunCountsTheFirstSecondsApartFromTheRestAndAnOverloadKeepsItsOwnPhases() {
        RunRecorder recorder = new RunRecorder(0, 0);
        new LoadModel.Split(new LoadModel.Open(20, 100), Duration.ofSeconds(20)).phases(Duration.ofSeconds(120))
                .forEach((name, from) -> recorder.phase(name, from.toNanos()));

        recorder.record(5 * SECOND, 8 * SECOND, Outcome.OK);
        recorder.record(19 * SECOND, 21 * SECOND, Outcome.OK);
        recorder.record(20 * SECOND, 20 * SECOND + 40_000_000L, Outcome.OK);

        assertThat(recorder.phaseLatency()).containsOnlyKeys("first 20 s", "from 20 s");
        assertThat(recorder.phaseLatency().get("first 20 s").getTotalCount()).isEqualTo(2);
        assertThat(recorder.phaseLatency().get("from 20 s").getMaxValue() / 1000.0).isBetween(39.0, 41.0);
        assertThat(new LoadModel.Split(new LoadModel.Overload(20, 3, Duration.ofSeconds(30), 100), Duration.ofSeconds(20))
                .phases(Duration.ofSeconds(60))).containsOnlyKeys("overload", "after");
    }

    @Test
    void theReportShowsCpuPerOperationPerProcessAndInBareStackOperations() {
        CpuUsage plazaCpu = new CpuUsage(60, 1000, 100, Map.of("petitions", new CpuUsage.ProcessCpu(20000, 5, 19700, 19.7,
                310, true), "bench", new CpuUsage.ProcessCpu(9000, 1, 8940, 8.94, 200, false)), 20000, 19700, 19.7, 310,
                "every process", Map.of("start", "3.10 2.00 1.00", "end", "4.00 3.00 2.00"), 20.0);
        CpuUsage bareCpu = new CpuUsage(60, 1000, 100, Map.of("mongo", new CpuUsage.ProcessCpu(5000, 1, 4940, 4.94, 400,
                true)), 5000, 4940, 4.94, 400, "bare stack", Map.of(), 5.0);
        RunResult plaza = run(plazaCpu);
        RunResult bare = run(bareCpu);

        BenchReport report = new BenchReport("2026-12-07T00:00:00Z",
                new BenchReport.Machine(2, 1024, 24000, "Linux", "Java 17"), "embedded", "http://127.0.0.1:8080/",
                plaza, bare, 1.0, 1.0, "./plaza bench --scenario sign");
        String html = HtmlReport.render(report);

        assertThat(report.cpuRatio()).isEqualTo(3.988);
        assertThat(html).contains("CPU and memory per process: Plaza", "petitions", "19.70", "bench (not in total)",
                "3.10 2.00 1.00", "3.99 bare-stack operations");
    }

    private static RunResult run(CpuUsage cpu) {
        return new RunResult("sign", "open model", 60, 10, 1000, 16.7, new RunResult.Latency(10, 20, 30, 40), Map.of(),
                List.of(new RunRecorder.TimelinePoint(0, 5, 0, 1, 2)), null, Map.of(), cpu,
                Map.of("overload", new RunResult.Phase(10, new RunResult.Latency(1, 2, 3, 4), Map.of())));
    }
}
