package org.plaza.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.plaza.bench.bare.BareScenario;
import org.plaza.bench.bare.BareStack;
import org.plaza.bench.cpu.CpuMeter;
import org.plaza.bench.cpu.CpuUsage;
import org.plaza.bench.cpu.StackProcesses;
import org.plaza.bench.load.LoadModel;
import org.plaza.bench.load.ScenarioRun;
import org.plaza.bench.meters.PerOperation;
import org.plaza.bench.meters.ServiceCounters;
import org.plaza.bench.meters.ServiceMeters;
import org.plaza.bench.report.BenchReport;
import org.plaza.bench.report.HtmlReport;
import org.plaza.bench.report.RunResult;
import org.plaza.bench.scenario.Scenario;
import org.plaza.bench.scenario.ScenarioOptions;
import org.plaza.bench.scenario.Scenarios;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code ./plaza bench}: runs a scenario against a running Plaza and the same load against the bare stack. */
@Command(name = "plaza bench", mixinStandardHelpOptions = true,
        description = "Load generator for a running Plaza (./plaza up or Compose). Writes JSON and an HTML page with charts.")
public final class BenchMain implements Callable<Integer> {

    @Option(names = "--scenario", defaultValue = "bare", description = "Scenario: ${COMPLETION-CANDIDATES}",
            completionCandidates = Scenarios.Names.class)
    String scenario;

    @Option(names = "--rate", description = "Open model: operations started per second (default ${DEFAULT-VALUE})",
            defaultValue = "200")
    double rate;

    @Option(names = "--users", description = "Closed model: concurrent users (overrides --rate)")
    Integer users;

    @Option(names = "--duration", defaultValue = "60", description = "Seconds of load, warm-up included (default ${DEFAULT-VALUE})")
    int durationSeconds;

    @Option(names = "--warmup", defaultValue = "10", description = "Seconds at the start not counted (default ${DEFAULT-VALUE})")
    int warmupSeconds;

    @Option(names = "--target", defaultValue = "http://127.0.0.1:8080/", description = "Plaza's public origin")
    URI target;

    @Option(names = "--kafka", defaultValue = "127.0.0.1:9092", description = "Kafka the platform uses (bare stack; emailed codes are read from it)")
    String kafka;

    @Option(names = "--mongo", defaultValue = "mongodb://127.0.0.1:27017/plaza_bench?socketTimeoutMS=30000",
            description = "MongoDB database for the bare stack")
    String mongo;

    @Option(names = "--backend", defaultValue = "embedded (mongo-java-server H2, Kafka from Maven jars)",
            description = "What the platform runs on, for the report")
    String backend;

    @Option(names = "--no-bare", description = "Skip the bare-stack comparison run")
    boolean noBare;

    @Option(names = "--max-in-flight", defaultValue = "5000", description = "Open model: most operations outstanding at once")
    int maxInFlight;

    @Option(names = "--staff-user", defaultValue = "admin", description = "Staff account that prepares the data (default ${DEFAULT-VALUE})")
    String staffUser;

    @Option(names = "--staff-password", defaultValue = "${env:PLAZA_ADMIN_PASSWORD}",
            description = "Its password (default: PLAZA_ADMIN_PASSWORD, as given to ./plaza up)")
    String staffPassword;

    @Option(names = "--new-staff-password", description = "Set this password if identity asks for a new one (one-time password)")
    String newStaffPassword;

    @Option(names = "--petitions", defaultValue = "10", description = "sign, count-reads: petitions (default ${DEFAULT-VALUE})")
    int petitions;

    @Option(names = "--viral-share", defaultValue = "0.5", description = "sign, count-reads: share of traffic on the one viral petition (default ${DEFAULT-VALUE})")
    double viralShare;

    @Option(names = "--shifts", defaultValue = "3", description = "volunteer-rush: shifts raced for (default ${DEFAULT-VALUE})")
    int shifts;

    @Option(names = "--shift-capacity", defaultValue = "20", description = "volunteer-rush: places per shift (default ${DEFAULT-VALUE})")
    int shiftCapacity;

    @Option(names = "--mix", defaultValue = "reads=70,signs=20,comments=10", description = "mixed: percentages (default ${DEFAULT-VALUE})")
    String mix;

    @Option(names = "--settle-timeout", defaultValue = "180", description = "Seconds verification waits for projections to settle (default ${DEFAULT-VALUE})")
    int settleSeconds;

    @Option(names = "--code-timeout", defaultValue = "60", description = "Seconds an operation waits for its emailed code on Kafka (default ${DEFAULT-VALUE})")
    int codeTimeoutSeconds;

    @Option(names = "--out", defaultValue = "bench-results", description = "Folder for the JSON and HTML reports")
    Path out;

    @Option(names = "--pids", defaultValue = "${env:PLAZA_DATA_DIR:-.plaza}/pids",
            description = "The pids file of ./plaza up, whose processes' CPU and memory are measured (default ${DEFAULT-VALUE})")
    Path pids;

    @Option(names = "--rest", defaultValue = "10",
            description = "Seconds the processes are measured at rest before the first run, to subtract (default ${DEFAULT-VALUE})")
    int restSeconds;

    @Option(names = "--overload", description = "Overload: this many times --rate for --duration, then --rate for --recovery seconds")
    Double overload;

    @Option(names = "--recovery", defaultValue = "30", description = "--overload: seconds at --rate after the overload (default ${DEFAULT-VALUE})")
    int recoverySeconds;

    @Option(names = "--split", description = "Also count the run in two phases, before and from this many seconds "
            + "(e.g. 20: a cold start's first seconds apart from the rest)")
    Integer splitSeconds;

    private static String[] arguments = new String[0];

    public static void main(String[] args) {
        arguments = args.clone();
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }

    /** The command as the report shows it, with the values of password options replaced by {@code ***}. */
    static String commandLine(String[] args) {
        StringBuilder command = new StringBuilder("./plaza bench");
        boolean secretNext = false;
        for (String arg : args) {
            boolean secretOption = arg.startsWith("--staff-password") || arg.startsWith("--new-staff-password");
            if (secretNext) {
                command.append(" ***");
            } else if (secretOption && arg.contains("=")) {
                command.append(' ').append(arg, 0, arg.indexOf('=') + 1).append("***");
            } else {
                command.append(' ').append(arg);
            }
            secretNext = secretOption && !arg.contains("=");
        }
        return command.toString();
    }

    @Override
    public Integer call() throws Exception {
        LoadModel model = users != null ? new LoadModel.Closed(users)
                : overload != null ? new LoadModel.Overload(rate, overload, Duration.ofSeconds(recoverySeconds), maxInFlight)
                : new LoadModel.Open(rate, maxInFlight);
        if (splitSeconds != null) {
            model = new LoadModel.Split(model, Duration.ofSeconds(splitSeconds));
        }
        Duration duration = Duration.ofSeconds(durationSeconds);
        Duration warmup = Duration.ofSeconds(warmupSeconds);
        String startedAt = DateTimeFormatter.ISO_INSTANT.format(Instant.now());
        StackProcesses processes = StackProcesses.of(pids);
        if (!processes.foundStack()) {
            progress("no pids file at " + pids + ": CPU and memory are measured for the bench process only (--pids)");
        }
        ServiceMeters meters = ServiceMeters.of(pids, target.getHost());
        long ticks = CpuMeter.clockTicksPerSecond();
        progress("measuring the processes at rest for " + restSeconds + " s");
        Map<String, ServiceCounters> countsAtRest = meters.read();
        CpuMeter.Rest rest = CpuMeter.Rest.measure(processes, Duration.ofSeconds(restSeconds));
        meters.rest(countsAtRest, restSeconds);
        RunResult plaza;
        RunResult bare = null;
        try (BareStack stack = noBare && !"bare".equals(scenario) ? null : new BareStack(kafka, mongo)) {
            Scenario chosen = "bare".equals(scenario) ? new BareScenario(stack) : Scenarios.create(scenario, options());
            CpuMeter plazaCpu = "bare".equals(scenario) ? bareMeter(processes, rest, ticks)
                    : new CpuMeter(processes, rest, ticks, name -> !StackProcesses.BENCH.equals(name),
                            "every process of the stack; the load generator (bench) is not in the total");
            plaza = ScenarioRun.run(chosen, model, duration, warmup, plazaCpu,
                    "bare".equals(scenario) || !meters.foundServices() ? null : meters, BenchMain::progress);
            if (stack != null && !"bare".equals(scenario)) {
                bare = ScenarioRun.run(new BareScenario(stack), model, duration, warmup,
                        bareMeter(processes, rest, ticks), BenchMain::progress);
            }
        }
        BenchReport report = new BenchReport(startedAt, machine(), backend, target.toString(), plaza, bare,
                bare == null ? null : BenchReport.ratio(plaza.throughputPerSecond(), bare.throughputPerSecond()),
                bare == null ? null : BenchReport.ratio(plaza.latencyMillis().p99(), bare.latencyMillis().p99()),
                commandLine(arguments));
        write(report);
        return plaza.verification() == null || plaza.verification().passed() ? 0 : 2;
    }

    /** The bare stack's cost: Kafka, MongoDB, and the bench JVM, which hosts the bare service (and the load generator). */
    private static CpuMeter bareMeter(StackProcesses processes, CpuMeter.Rest rest, long ticks) {
        return new CpuMeter(processes, rest, ticks, name -> Set.of("kafka", "mongo", StackProcesses.BENCH).contains(name),
                "bare stack: kafka, mongo and the bench JVM, which hosts the bare service and also the load generator "
                        + "(so this is an upper bound of the bare service's cost)");
    }

    private ScenarioOptions options() {
        return new ScenarioOptions(target, kafka, staffUser, staffPassword, newStaffPassword, petitions, viralShare,
                shifts, shiftCapacity, ScenarioOptions.Mix.parse(mix), Duration.ofSeconds(settleSeconds),
                Duration.ofSeconds(codeTimeoutSeconds));
    }

    private void write(BenchReport report) throws Exception {
        Files.createDirectories(out);
        String stem = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now()) + "-"
                + report.plaza().scenario();
        Path json = out.resolve(stem + ".json");
        Path html = out.resolve(stem + ".html");
        Files.writeString(json, JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                .writeValueAsString(report));
        Files.writeString(html, HtmlReport.render(report));
        for (var chart : HtmlReport.charts(report).entrySet()) {
            Files.writeString(out.resolve(stem + "-" + chart.getKey() + ".svg"), chart.getValue());
        }
        System.out.println();
        print("Plaza", report.plaza());
        if (report.bare() != null) {
            print("bare stack", report.bare());
            System.out.printf(Locale.ROOT, "Plaza / bare: throughput %.2f, p99 %.2f, CPU per operation %s%n",
                    report.throughputRatio(), report.p99Ratio() == null ? Double.NaN : report.p99Ratio(),
                    report.cpuRatio());
        }
        System.out.println("Reports: " + json + " and " + html + " (charts also as " + stem + "-*.svg)");
    }

    private static void print(String label, RunResult run) {
        System.out.printf(Locale.ROOT, "%-11s %8.1f ops/s  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms  errors %s%n",
                label, run.throughputPerSecond(), run.latencyMillis().p50(), run.latencyMillis().p95(),
                run.latencyMillis().p99(), run.latencyMillis().max(), run.errors());
        if (run.steps() != null) {
            run.steps().forEach((step, latency) -> System.out.printf(Locale.ROOT,
                    "  step %-22s p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms%n", step, latency.p50(),
                    latency.p95(), latency.p99(), latency.max()));
        }
        if (run.phases() != null) {
            run.phases().forEach((phase, figures) -> System.out.printf(Locale.ROOT,
                    "  phase %-21s ok %7d  p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms  errors %s%n", phase,
                    figures.succeeded(), figures.latencyMillis().p50(), figures.latencyMillis().p99(),
                    figures.latencyMillis().max(), figures.errors()));
        }
        if (run.cpu() != null) {
            CpuUsage cpu = run.cpu();
            System.out.printf(Locale.ROOT, "  CPU %s ms per operation net, %s gross (%d operations, %.0f s, load average %s): %s; RSS %d MB%n",
                    cpu.totalCpuMsPerOperation(), cpu.totalGrossCpuMsPerOperation(), cpu.operations(), cpu.windowSeconds(), cpu.loadAverage(),
                    cpu.processes().entrySet().stream().map(e -> e.getKey() + " " + e.getValue().cpuMsPerOperation()
                            + (e.getValue().inTotal() ? "" : " (not in total)")).toList(), cpu.totalRssMegabytes());
        }
        counts(run.mongo());
        counts(run.kafka());
        counts(run.kafkaRequests());
        if (run.verification() != null) {
            System.out.println("            exactness " + (run.verification().passed() ? "PASSED " : "FAILED ")
                    + run.verification().counts());
        }
    }

    /** The console line of a count: per operation in all, by key, and per service. */
    private static void counts(PerOperation counts) {
        if (counts == null) {
            return;
        }
        System.out.printf(Locale.ROOT, "  %s %s per operation (%d operations): by %s %s; by service %s%n", counts.unit(),
                counts.perOperation(), counts.operations(), counts.key(), counts.perOperationByKey(),
                counts.services().entrySet().stream().map(e -> e.getKey() + " " + e.getValue().perOperation() + " "
                        + e.getValue().perOperationByKey()).toList());
    }

    private static void progress(String line) {
        System.out.println("[bench] " + line);
    }

    private static BenchReport.Machine machine() {
        long physical = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            physical = os.getTotalMemorySize() / (1024 * 1024);
        }
        return new BenchReport.Machine(Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), physical,
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    }
}
