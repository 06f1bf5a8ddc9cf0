package org.plaza.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.plaza.bench.load.LoadModel;
import org.plaza.bench.load.Operation;
import org.plaza.bench.load.Outcome;
import org.plaza.bench.load.RunRecorder;
import org.plaza.bench.report.BenchReport;
import org.plaza.bench.report.HtmlReport;
import org.plaza.bench.report.RunResult;
import org.plaza.bench.scenario.Verification;
import org.w3c.dom.Element;

class BenchLogicTest {

    @Test
    void exactnessHoldsWhenEveryAcknowledgedWriteIsStoredAndCountedOnce() {
        assertThat(Verification.exact("x", 100, 0, 100, Map.of("counted", 100L)).passed()).isTrue();
    }

    @Test
    void aLostAcknowledgedWriteFailsExactness() {
        assertThat(Verification.exact("x", 100, 0, 99, Map.of("counted", 99L)).passed()).isFalse();
    }

    @Test
    void aDoubleCountFailsExactness() {
        assertThat(Verification.exact("x", 100, 0, 100, Map.of("counted", 101L)).passed()).isFalse();
    }

    @Test
    void aWriteWhoseAnswerTimedOutMayBeStoredWithoutFailingExactness() {
        assertThat(Verification.exact("x", 100, 2, 101, Map.of("counted", 101L)).passed()).isTrue();
        assertThat(Verification.exact("x", 100, 2, 103, Map.of("counted", 103L)).passed()).isFalse();
    }

    @Test
    void aConnectionThatBrokeAfterSendingIsAmbiguousButARefusalOrAnErrorStatusIsNot() {
        RunRecorder recorder = new RunRecorder(0, 0);
        recorder.record(seconds(1), seconds(1) + millis(10), Outcome.error(LoadModel.kind(
                new java.io.IOException("HTTP/1.1 header parser received no bytes"))));
        recorder.record(seconds(1), seconds(1) + millis(10), Outcome.error(LoadModel.kind(
                new java.net.http.HttpTimeoutException("request timed out"))));
        recorder.record(seconds(1), seconds(1) + millis(10), Outcome.error(LoadModel.kind(
                new java.net.ConnectException("Connection refused"))));
        recorder.record(seconds(1), seconds(1) + millis(10), Outcome.error("http-503"));
        recorder.record(seconds(1), seconds(1) + millis(10), Outcome.error("client-backlog-full"));

        assertThat(recorder.ambiguous()).isEqualTo(2);
        assertThat(recorder.errorsByKind()).containsKeys("client-IOException", "timeout", "connect-failed");
    }

    @Test
    void warmUpOperationsAreDrawnButNotCounted() {
        long start = 0;
        RunRecorder recorder = new RunRecorder(start, Duration.ofSeconds(5).toNanos());
        recorder.record(seconds(1), seconds(1) + millis(10), Outcome.OK);
        recorder.record(seconds(6), seconds(6) + millis(20), Outcome.OK);
        recorder.record(seconds(7), seconds(7) + millis(30), Outcome.error("http-503"));

        assertThat(recorder.successes()).isEqualTo(1);
        assertThat(recorder.acknowledged()).isEqualTo(2);
        assertThat(recorder.errorsByKind()).containsExactly(Map.entry("http-503", 1L));
        assertThat(recorder.timeline()).extracting(RunRecorder.TimelinePoint::second).containsExactly(1L, 6L, 7L);
    }

    @Test
    void latencyCountsFromWhenTheOperationWasDueNotWhenItWasSent() {
        RunRecorder recorder = new RunRecorder(0, 0);
        recorder.record(seconds(1), seconds(3), Outcome.OK);

        assertThat(recorder.measuredLatency().getMaxValue() / 1000.0).isBetween(1990.0, 2010.0);
    }

    @Test
    void theOpenModelStartsOperationsAtTheRateWhateverTheyTake() throws InterruptedException {
        AtomicInteger started = new AtomicInteger();
        RunRecorder recorder = new RunRecorder(System.nanoTime(), 0);
        new LoadModel.Open(50, 1000).drive(sequence -> {
            started.incrementAndGet();
            return CompletableFuture.supplyAsync(() -> Outcome.OK,
                    CompletableFuture.delayedExecutor(300, java.util.concurrent.TimeUnit.MILLISECONDS));
        }, Duration.ofSeconds(1), recorder, System.nanoTime(), line -> { });

        assertThat(started.get()).isEqualTo(50);
        assertThat(recorder.acknowledged()).isEqualTo(50);
    }

    @Test
    void closedModelUsersRunTheirOperationsOnTheirOwnThreadsAndTheOpenModelDoesNot() throws InterruptedException {
        Set<String> userThreads = ConcurrentHashMap.newKeySet();
        AtomicInteger elsewhere = new AtomicInteger();
        Operation note = sequence -> {
            if (LoadModel.Closed.onUserThread()) {
                userThreads.add(Thread.currentThread().getName());
            } else {
                elsewhere.incrementAndGet();
            }
            return CompletableFuture.supplyAsync(() -> Outcome.OK,
                    CompletableFuture.delayedExecutor(20, java.util.concurrent.TimeUnit.MILLISECONDS));
        };

        new LoadModel.Closed(3).drive(note, Duration.ofSeconds(2), new RunRecorder(System.nanoTime(), 0),
                System.nanoTime(), line -> { });
        assertThat(userThreads).isNotEmpty().allMatch(name -> name.startsWith("bench-user-"));
        assertThat(elsewhere.get()).isZero();

        new LoadModel.Open(50, 100).drive(note, Duration.ofMillis(200), new RunRecorder(System.nanoTime(), 0),
                System.nanoTime(), line -> { });
        assertThat(elsewhere.get()).isPositive();
        assertThat(LoadModel.Closed.onUserThread()).isFalse();
    }

    @Test
    void theHtmlReportIsSelfContainedAndEscapesWhatItShows() {
        RunResult run = new RunResult("sign <viral>", "open model", 60, 10, 1000, 16.7,
                new RunResult.Latency(10, 20, 30, 40), Map.of(), List.of(new RunRecorder.TimelinePoint(0, 5, 0, 1, 2)),
                Verification.exact("ok", 1000, 0, 1000, Map.of()), Map.of("sign", new RunResult.Latency(1, 2, 3, 4)));
        BenchReport report = new BenchReport("2026-11-28T00:00:00Z",
                new BenchReport.Machine(2, 1024, 24000, "Linux", "Java 17"), "embedded", "http://127.0.0.1:8080/",
                run, run, 1.0, 1.0, "./plaza bench --scenario sign");

        String html = HtmlReport.render(report);

        assertThat(html).contains("sign &lt;viral&gt;").doesNotContain("<viral>").doesNotContain("<script")
                .contains("<svg").contains("PASSED");
    }

    @Test
    void theReportedCommandNeverShowsAPassword() {
        assertThat(BenchMain.commandLine(new String[] { "--scenario", "sign", "--staff-password", "mesquite 7319",
                "--new-staff-password=orchard-42", "--rate", "10" }))
                .isEqualTo("./plaza bench --scenario sign --staff-password *** --new-staff-password=*** --rate 10");
    }

    @Test
    void eachChartIsAlsoAStandaloneSvgDocumentWithALegend() throws Exception {
        RunResult run = new RunResult("sign", "open model", 60, 10, 1000, 16.7, new RunResult.Latency(10, 20, 30, 40),
                Map.of(), List.of(new RunRecorder.TimelinePoint(0, 5, 0, 1, 2), new RunRecorder.TimelinePoint(1, 7, 0, 1, 3)),
                null, null);
        BenchReport report = new BenchReport("2026-11-28T00:00:00Z",
                new BenchReport.Machine(2, 1024, 24000, "Linux", "Java 17"), "embedded", "http://127.0.0.1:8080/",
                run, run, 1.0, 1.0, "./plaza bench --scenario sign");

        Map<String, String> charts = HtmlReport.charts(report);

        assertThat(charts).containsOnlyKeys("throughput", "p99");
        for (String svg : charts.values()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Element root = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
            assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
            assertThat(root.getElementsByTagName("polyline").getLength()).isEqualTo(2);
            assertThat(svg).contains("Plaza", "bare stack, same load");
        }
    }

    private static long seconds(long s) {
        return s * 1_000_000_000L;
    }

    private static long millis(long ms) {
        return ms * 1_000_000L;
    }
}
