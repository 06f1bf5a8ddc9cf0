package org.plaza.bench.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

import org.plaza.bench.load.RunRecorder.TimelinePoint;
import org.plaza.bench.meters.PerOperation;

/** The report as one self-contained HTML page with SVG charts: no script, no external files. */
public final class HtmlReport {

    private HtmlReport() {
    }

    public static String render(BenchReport report) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Plaza bench: ").append(esc(report.plaza().scenario())).append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;max-width:60rem;margin:auto;padding:1rem;color:#1b1b1f}")
                .append("table{border-collapse:collapse}td,th{padding:.3rem .6rem;border-bottom:1px solid #ccc;text-align:right}")
                .append("th:first-child,td:first-child{text-align:left}.pass{color:#1f6b3a}.fail{color:#a4161a}")
                .append("svg{width:100%;height:auto;border:1px solid #ddd}</style></head><body>");
        html.append("<h1>Plaza bench: ").append(esc(report.plaza().scenario())).append("</h1>");
        html.append("<p>").append(esc(report.startedAt())).append(" · ").append(esc(report.backend())).append(" · ")
                .append(report.machine().cores()).append(" cores, ")
                .append(report.machine().physicalMemoryMegabytes()).append(" MB · ").append(esc(report.machine().java()))
                .append("</p><p><code>").append(esc(report.command())).append("</code></p>");
        html.append("<table><tr><th></th><th>throughput/s</th><th>p50 ms</th><th>p95 ms</th><th>p99 ms</th><th>max ms</th><th>errors</th></tr>");
        row(html, "Plaza (" + report.plaza().model() + ")", report.plaza());
        if (report.plaza().steps() != null) {
            report.plaza().steps().forEach((step, latency) -> html.append("<tr><td>· step ").append(esc(step))
                    .append("</td><td></td><td>").append(fmt(latency.p50())).append("</td><td>").append(fmt(latency.p95()))
                    .append("</td><td>").append(fmt(latency.p99())).append("</td><td>").append(fmt(latency.max()))
                    .append("</td><td></td></tr>"));
        }
        if (report.bare() != null) {
            row(html, "bare stack", report.bare());
            html.append("<tr><td>Plaza ÷ bare</td><td>").append(fmt(report.throughputRatio())).append("</td><td></td><td></td><td>")
                    .append(fmt(report.p99Ratio())).append("</td><td></td><td></td></tr>");
        }
        html.append("</table>");
        phases(html, report.plaza());
        cpu(html, "CPU and memory per process: Plaza", report.plaza());
        counts(html, report.plaza().mongo());
        counts(html, report.plaza().kafka());
        counts(html, report.plaza().kafkaRequests());
        if (report.bare() != null) {
            cpu(html, "CPU and memory per process: bare stack, same load", report.bare());
            if (report.cpuRatio() != null) {
                html.append("<p>Plaza's CPU per operation = ").append(fmt(report.cpuRatio()))
                        .append(" bare-stack operations of the same run.</p>");
            }
        }
        verification(html, "Plaza", report.plaza());
        if (report.bare() != null) {
            verification(html, "Bare stack", report.bare());
        }
        charts(report).forEach((name, svg) -> html.append("<h2>").append(esc(CHART_TITLES.get(name))).append("</h2>")
                .append(svg));
        html.append("<p>Warm-up (first ").append(fmt(report.plaza().warmupSeconds()))
                .append(" s) is drawn but not counted. Solid: Plaza. Dashed: bare stack.</p></body></html>");
        return html.toString();
    }

    private static void row(StringBuilder html, String label, RunResult run) {
        long errors = run.errors().values().stream().mapToLong(Long::longValue).sum();
        html.append("<tr><td>").append(esc(label)).append("</td><td>").append(fmt(run.throughputPerSecond()))
                .append("</td><td>").append(fmt(run.latencyMillis().p50())).append("</td><td>")
                .append(fmt(run.latencyMillis().p95())).append("</td><td>").append(fmt(run.latencyMillis().p99()))
                .append("</td><td>").append(fmt(run.latencyMillis().max())).append("</td><td>").append(errors)
                .append(run.errors().isEmpty() ? "" : " " + esc(run.errors().toString())).append("</td></tr>");
    }

    private static void phases(StringBuilder html, RunResult run) {
        if (run.phases() == null || run.phases().isEmpty()) {
            return;
        }
        html.append("<h2>Phases</h2><table><tr><th>phase</th><th>succeeded</th><th>p50 ms</th><th>p99 ms</th>")
                .append("<th>max ms</th><th>errors</th></tr>");
        run.phases().forEach((name, phase) -> html.append("<tr><td>").append(esc(name)).append("</td><td>")
                .append(phase.succeeded()).append("</td><td>").append(fmt(phase.latencyMillis().p50())).append("</td><td>")
                .append(fmt(phase.latencyMillis().p99())).append("</td><td>").append(fmt(phase.latencyMillis().max()))
                .append("</td><td>").append(esc(String.valueOf(phase.errors()))).append("</td></tr>"));
        html.append("</table>");
    }

    /** Per process: CPU over the run, at rest, net, per operation, resident memory; then the total. */
    static void cpu(StringBuilder html, String title, RunResult run) {
        if (run.cpu() == null) {
            return;
        }
        var cpu = run.cpu();
        html.append("<h2>").append(esc(title)).append("</h2><p>").append(cpu.operations()).append(" operations in ")
                .append(fmt(cpu.windowSeconds())).append(" s; load average ").append(esc(String.valueOf(cpu.loadAverage())))
                .append("; ").append(esc(cpu.note())).append(".</p>")
                .append("<table><tr><th>process</th><th>CPU ms</th><th>at rest ms/s</th><th>net CPU ms</th>")
                .append("<th>CPU ms per operation</th><th>RSS MB</th></tr>");
        cpu.processes().forEach((name, process) -> html.append("<tr><td>").append(esc(name))
                .append(process.inTotal() ? "" : " (not in total)").append("</td><td>").append(fmt(process.cpuMs()))
                .append("</td><td>").append(fmt(process.idleCpuMsPerSecond())).append("</td><td>")
                .append(fmt(process.netCpuMs())).append("</td><td>").append(fmt(process.cpuMsPerOperation()))
                .append("</td><td>").append(process.rssMegabytes()).append("</td></tr>"));
        html.append("<tr><th>total</th><th>").append(fmt(cpu.totalCpuMs())).append("</th><th></th><th>")
                .append(fmt(cpu.totalNetCpuMs())).append("</th><th>").append(fmt(cpu.totalCpuMsPerOperation()))
                .append("</th><th>").append(cpu.totalRssMegabytes()).append("</th></tr></table><p>Before the rest was ")
                .append("subtracted: ").append(fmt(cpu.totalGrossCpuMsPerOperation())).append(" ms per operation.</p>");
    }

    /** Per service: a count per operation, in all and by key (one column each), and its rate at rest. */
    static void counts(StringBuilder html, PerOperation counts) {
        if (counts == null) {
            return;
        }
        Set<String> keys = new TreeSet<>(counts.perOperationByKey().keySet());
        html.append("<h2>").append(esc(counts.unit())).append(" per operation</h2><p>").append(counts.operations())
                .append(" operations in ").append(fmt(counts.windowSeconds()))
                .append(" s, from each service's /actuator/prometheus; gross (what the service did at rest is shown ")
                .append("apart).</p><table><tr><th>service</th><th>per operation</th>");
        keys.forEach(key -> html.append("<th>").append(esc(key)).append("</th>"));
        html.append("<th>at rest per s</th></tr>");
        counts.services().forEach((name, service) -> {
            html.append("<tr><td>").append(esc(name)).append("</td><td>").append(fmt(service.perOperation()))
                    .append("</td>");
            keys.forEach(key -> html.append("<td>").append(fmt(service.perOperationByKey().get(key))).append("</td>"));
            html.append("<td>").append(fmt(service.atRestPerSecond())).append("</td></tr>");
        });
        html.append("<tr><th>total</th><th>").append(fmt(counts.perOperation())).append("</th>");
        keys.forEach(key -> html.append("<th>").append(fmt(counts.perOperationByKey().get(key))).append("</th>"));
        html.append("<th></th></tr></table>");
    }

    private static void verification(StringBuilder html, String label, RunResult run) {
        if (run.verification() == null) {
            return;
        }
        boolean passed = run.verification().passed();
        html.append("<p class=\"").append(passed ? "pass" : "fail").append("\">").append(esc(label)).append(" exactness ")
                .append(passed ? "PASSED" : "FAILED").append(": ").append(esc(run.verification().explanation()))
                .append(" ").append(esc(run.verification().counts().toString())).append("</p>");
    }

    /**
     * The report's charts by short name ({@code throughput}, {@code p99}), each a standalone SVG document
     * (it also renders as a file, e.g. in a README) with its title and a legend.
     */
    public static Map<String, String> charts(BenchReport report) {
        List<TimelinePoint> bare = report.bare() == null ? null : report.bare().timeline();
        Map<String, String> charts = new LinkedHashMap<>();
        charts.put("throughput", chart(report, CHART_TITLES.get("throughput"), report.plaza().timeline(), p -> p.ok(), bare));
        charts.put("p99", chart(report, CHART_TITLES.get("p99"), report.plaza().timeline(), TimelinePoint::p99Millis, bare));
        return charts;
    }

    private static final Map<String, String> CHART_TITLES = Map.of("throughput", "Completed operations per second",
            "p99", "p99 latency per second (ms)");

    private static String chart(BenchReport report, String title, List<TimelinePoint> plaza,
            ToDoubleFunction<TimelinePoint> value, List<TimelinePoint> bare) {
        StringBuilder html = new StringBuilder();
        int width = 900;
        int height = 280;
        int pad = 40;
        double maxX = Math.max(1, Math.max(last(plaza), bare == null ? 0 : last(bare)));
        double maxY = Math.max(1, Math.max(max(plaza, value), bare == null ? 0 : max(bare, value))) * 1.1;
        html.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(esc(title)).append("\" font-family=\"sans-serif\">");
        html.append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>");
        html.append("<text x=\"").append(pad).append("\" y=\"16\" font-size=\"14\">").append(esc(title)).append(" · ")
                .append(esc(report.plaza().scenario())).append(" · ").append(esc(report.plaza().model())).append("</text>");
        html.append("<line x1=\"").append(pad).append("\" y1=\"").append(height - pad).append("\" x2=\"").append(width - 10)
                .append("\" y2=\"").append(height - pad).append("\" stroke=\"#888\"/>");
        html.append("<line x1=\"").append(pad).append("\" y1=\"30\" x2=\"").append(pad).append("\" y2=\"").append(height - pad)
                .append("\" stroke=\"#888\"/>");
        html.append("<text x=\"2\" y=\"40\" font-size=\"12\">").append(fmt(maxY)).append("</text>");
        html.append("<text x=\"").append(width - 60).append("\" y=\"").append(height - 22).append("\" font-size=\"12\">")
                .append(fmt(maxX)).append(" s</text>");
        polyline(html, plaza, value, maxX, maxY, width, height, pad, PLAZA_COLOUR, "");
        if (bare != null) {
            polyline(html, bare, value, maxX, maxY, width, height, pad, BARE_COLOUR, " stroke-dasharray=\"6 4\"");
        }
        legend(html, pad, height - 8, PLAZA_COLOUR, "", "Plaza");
        if (bare != null) {
            legend(html, pad + 120, height - 8, BARE_COLOUR, " stroke-dasharray=\"6 4\"", "bare stack, same load");
        }
        return html.append("</svg>").toString();
    }

    private static final String PLAZA_COLOUR = "#8a2b06";
    private static final String BARE_COLOUR = "#1d4ed8";

    private static void legend(StringBuilder svg, int x, int y, String colour, String dash, String label) {
        svg.append("<line x1=\"").append(x).append("\" y1=\"").append(y - 4).append("\" x2=\"").append(x + 24)
                .append("\" y2=\"").append(y - 4).append("\" stroke=\"").append(colour).append("\" stroke-width=\"2\"")
                .append(dash).append("/><text x=\"").append(x + 30).append("\" y=\"").append(y)
                .append("\" font-size=\"12\">").append(esc(label)).append("</text>");
    }

    private static void polyline(StringBuilder html, List<TimelinePoint> points, ToDoubleFunction<TimelinePoint> value,
            double maxX, double maxY, int width, int height, int pad, String colour, String dash) {
        html.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\"").append(dash)
                .append(" points=\"");
        for (TimelinePoint p : points) {
            double x = pad + (width - pad - 10) * (p.second() / maxX);
            double y = (height - pad) - (height - pad - 30) * (value.applyAsDouble(p) / maxY);
            html.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        html.append("\"/>");
    }

    private static double last(List<TimelinePoint> points) {
        return points.isEmpty() ? 0 : points.get(points.size() - 1).second();
    }

    private static double max(List<TimelinePoint> points, ToDoubleFunction<TimelinePoint> value) {
        return points.stream().mapToDouble(value).max().orElse(0);
    }

    private static String fmt(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.2f", value);
    }

    private static String esc(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
