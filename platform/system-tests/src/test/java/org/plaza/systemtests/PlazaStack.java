package org.plaza.systemtests;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A stack started exactly as a developer does, {@code ./plaza up}, but with a data folder of its own
 * and free ports, so it never meets a stack that is already running on the machine. It starts the
 * services that are modules of the root build ({@code <module>services/…</module>}) and have been
 * packaged: a full {@code ./mvnw verify} packages them before this module; a partial build
 * ({@code -pl platform/system-tests}) leaves unbuilt ones out and says so.
 * {@code -Dplaza.system-tests.services=all|none|a,b} overrides the choice.
 */
public final class PlazaStack implements AutoCloseable {

    /**
     * How long {@code ./plaza up} may take, and each component in it (the launcher's own default, 180 s a
     * component, is too short when other builds load the 2 cores): every service is a Spring Boot JVM, and
     * the launcher starts them two at a time ({@code -Dplaza.system-tests.start-timeout=<seconds>}).
     */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(
            Long.getLong("plaza.system-tests.start-timeout", 600));
    /**
     * How long {@code ./plaza down} and a stopping launcher may take: as long as {@code ./plaza down} itself waits for
     * the launcher (200 s), and a little more. A first run on a fresh data folder (every run of this module) records
     * each service's class archive when it stops, which the launcher allows 120 s, then stops Kafka and MongoDB:
     * on a busy machine that took 123 s, and a 120 s wait failed a run whose stack had stopped cleanly.
     */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(240);
    private static final Pattern SERVICE_MODULE = Pattern.compile("<module>\\s*services/([\\w-]+)\\s*</module>");
    private static final int PORT_BLOCK = 16;
    private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("one-time password / contraseña: (\\S+)");
    private static final Pattern LISTED_PORT = Pattern.compile("(?m)^([\\w-]+)=(\\d+)\\s*$");
    /**
     * {@code ./plaza up}'s {@code --jvms}: empty for its default (the services in one JVM), {@code separate} for a JVM
     * per service ({@code -Dplaza.system-tests.jvms=separate}).
     */
    private static final String JVMS = System.getProperty("plaza.system-tests.jvms", "").trim();

    private final Path repo;
    private final Path dataDir;
    private final Path outputDir;
    private final int kafkaPort;
    private final int kafkaControllerPort;
    private final int mongoPort;
    private final int smtpPort;
    private final int mailViewerPort;
    private final int smsPort;
    private final int servicePortOffset;
    private String services;
    private Process launcher;
    private int runs;
    private boolean attached;

    private PlazaStack(Path repo, Path dataDir, Path outputDir, int[] ports) {
        this.repo = repo;
        this.dataDir = dataDir;
        this.outputDir = outputDir;
        this.kafkaPort = ports[0];
        this.kafkaControllerPort = ports[1];
        this.mongoPort = ports[2];
        this.smtpPort = ports[3];
        this.mailViewerPort = ports[4];
        this.servicePortOffset = ports[5] - 8080;
        this.smsPort = ports[6];
        this.services = servicesInTheBuild(repo);
    }

    /** A stack in {@code target/system-tests/<name>}, emptied first, on ports that are free right now. */
    public static PlazaStack named(String name) {
        Path base = Path.of(System.getProperty("plaza.system-tests.dir", "target/system-tests")).toAbsolutePath();
        Path dataDir = base.resolve(name);
        deleteRecursively(dataDir);
        int first = freePortBlock();
        return new PlazaStack(repo(), dataDir, base, new int[] { first, first + 1, first + 2, first + 3, first + 4,
                first + 8, first + 5 });
    }

    /**
     * A stack somebody already runs with {@code ./plaza up --data-dir DIR …} (ports read from its pids file),
     * which {@link #up()} and {@link #close()} leave alone: for iterating on a journey without starting the
     * platform each time ({@code -Dplaza.system-tests.attach=DIR}). Its identity must have been started with
     * the same public URLs this class sets, and its administrator's password must be the one tests set.
     */
    public static PlazaStack attachedTo(Path dataDir) {
        Map<String, String> ports = new LinkedHashMap<>();
        try (Stream<String> lines = Files.lines(dataDir.resolve("pids"))) {
            lines.filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.trim().split("\\s+"))
                    .forEach(fields -> ports.put(fields[0], fields[3]));
        } catch (IOException e) {
            throw new UncheckedIOException("No running stack in " + dataDir, e);
        }
        String[] kafka = ports.get("kafka").split(",");
        String[] mail = ports.get("mail").split(",");
        PlazaStack stack = new PlazaStack(repo(), dataDir, dataDir.getParent(), new int[] {
            Integer.parseInt(kafka[0]), Integer.parseInt(kafka[1]), Integer.parseInt(ports.get("mongo")),
            Integer.parseInt(mail[0]), Integer.parseInt(mail[1]), Integer.parseInt(ports.get("gateway")),
            Integer.parseInt(ports.getOrDefault("sms", "8026")) });
        stack.services = ports.keySet().stream()
                .filter(name -> !List.of("launcher", "kafka", "mongo", "mail", "sms").contains(name))
                .collect(Collectors.joining(","));
        stack.attached = true;
        return stack;
    }

    /** Whether this stack was started by someone else ({@link #attachedTo}). */
    public boolean attached() {
        return attached;
    }

    /** Only Kafka, MongoDB and mail: for tests of the stack itself, which need no service. */
    public PlazaStack withoutServices() {
        this.services = "none";
        return this;
    }

    /** Runs {@code ./plaza up} and waits until it prints that Plaza is up; fails with its output otherwise. */
    public PlazaStack up() {
        if (attached) {
            return this;
        }
        try {
            Files.createDirectories(outputDir);
            Path output = upOutput();
            Files.deleteIfExists(output);
            ProcessBuilder up = plaza("up").redirectErrorStream(true).redirectOutput(output.toFile());
            publicLinksThroughTheGateway(up);
            textsAtAnyHour(up);
            launcher = up.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        await("./plaza up in " + dataDir).atMost(START_TIMEOUT.multipliedBy(2)).pollInterval(Duration.ofMillis(250))
                .until(() -> upOutputText().contains("Plaza is up") || !launcher.isAlive());
        if (!upOutputText().contains("Plaza is up")) {
            throw new AssertionError("./plaza up did not start (exit " + exitCode(launcher) + "):\n" + upOutputText());
        }
        return this;
    }

    /** Runs {@code ./plaza up} expecting a refusal: returns its exit code and output. */
    public Result upRefused() {
        return run("up");
    }

    public Result status() {
        return run("status");
    }

    public Result down() {
        Result result = run("down");
        awaitLauncherExit();
        return result;
    }

    /** Stops the launcher the way Ctrl-C does: a signal to the launcher JVM, which stops its children. */
    public void interrupt() {
        launcher.toHandle().destroy();
        awaitLauncherExit();
    }

    /** The processes the pid file lists right now (launcher included). */
    public List<ProcessHandle> recordedProcesses() {
        return recorded().stream().map(fields -> Long.parseLong(fields[1])).map(ProcessHandle::of)
                .flatMap(Optional::stream).toList();
    }

    /** The names the launcher recorded in its pids file (launcher, kafka, mongo, mail, sms, then each service). */
    public List<String> recordedNames() {
        return recorded().stream().map(fields -> fields[0]).toList();
    }

    private List<String[]> recorded() {
        Path pids = dataDir.resolve("pids");
        if (!Files.exists(pids)) {
            return List.of();
        }
        try (Stream<String> lines = Files.lines(pids)) {
            return lines.filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.trim().split("\\s+")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String upOutputText() {
        try {
            Path output = upOutput();
            return Files.exists(output) ? Files.readString(output) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    public String kafkaBootstrap() {
        return "127.0.0.1:" + kafkaPort;
    }

    public String mongoUri(String service) {
        return "mongodb://127.0.0.1:" + mongoPort + "/plaza_" + service + "?socketTimeoutMS=30000";
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int mongoPort() {
        return mongoPort;
    }

    public String mailViewerUrl() {
        return "http://127.0.0.1:" + mailViewerPort;
    }

    /** A service's base URL: its port in services.properties (gateway 8080, …) moved by this stack's offset. */
    public String serviceUrl(int listedPort) {
        return "http://127.0.0.1:" + (listedPort + servicePortOffset);
    }

    /** A service's base URL by its name in services.properties ({@code petitions}, {@code gateway}, …). */
    public String serviceUrl(String service) {
        return serviceUrl(listedPort(service));
    }

    /** The one public origin, as the person who runs {@code ./plaza up} opens it. */
    public String gatewayUrl() {
        return serviceUrl(8080);
    }

    /** The services this stack starts: {@code all}, {@code none} or a comma-separated list. */
    public String services() {
        return services;
    }

    /** Whether this stack runs {@code service} (a packaged one, or the ones chosen). */
    public boolean runs(String service) {
        return services.equals("all") || List.of(services.split(",")).contains(service);
    }

    /** The first administrator's one-time password, printed once by identity (in its log under ./plaza up). */
    public String adminOneTimePassword() {
        Matcher matcher = ONE_TIME_PASSWORD.matcher(log("identity"));
        if (!matcher.find()) {
            throw new AssertionError("identity printed no one-time password");
        }
        return matcher.group(1);
    }

    /** Everything one component wrote to {@code logs/<component>.log} so far. */
    public String log(String component) {
        try {
            Path log = dataDir.resolve("logs").resolve(component + ".log");
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SMS sink's address: its viewer, and the Twilio API the notifications service texts through. */
    public String smsViewerUrl() {
        return "http://127.0.0.1:" + smsPort;
    }

    /** The stack's texts, read (and replied to) through the devstack's SMS sink. */
    public SmsInbox smsInbox() {
        return new SmsInbox(smsViewerUrl());
    }

    /** The stack's mail, read through the devstack's mail viewer. */
    public Mailbox mailbox() {
        return new Mailbox(mailViewerUrl());
    }

    /** Leaves nothing running, whatever state a failed test left the stack in. */
    @Override
    public synchronized void close() {
        if (attached) {
            return;
        }
        if (launcher != null && launcher.isAlive()) {
            run("down");
            awaitLauncherExit();
        }
        recordedProcesses().forEach(ProcessHandle::destroyForcibly);
    }

    private void awaitLauncherExit() {
        if (launcher != null) {
            try {
                launcher.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Result run(String command) {
        try {
            Files.createDirectories(outputDir);
            Path output = outputDir.resolve(dataDir.getFileName() + "-" + command + "-" + (++runs) + ".out");
            Process process = plaza(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("./plaza " + command + " did not finish:\n" + Files.readString(output));
            }
            return new Result(process.exitValue(), Files.readString(output));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private ProcessBuilder plaza(String command) {
        List<String> line = new ArrayList<>(List.of(repo.resolve("plaza").toString(), command));
        if (command.equals("up")) {
            line.addAll(List.of("--no-build", "--start-timeout", String.valueOf(START_TIMEOUT.toSeconds())));
            if (!JVMS.isEmpty()) {
                line.addAll(List.of("--jvms", JVMS));
            }
        }
        line.addAll(List.of("--data-dir", dataDir.toString(),
                "--kafka-port", String.valueOf(kafkaPort),
                "--kafka-controller-port", String.valueOf(kafkaControllerPort),
                "--mongo-port", String.valueOf(mongoPort),
                "--smtp-port", String.valueOf(smtpPort),
                "--mail-viewer-port", String.valueOf(mailViewerPort),
                "--sms-port", String.valueOf(smsPort),
                "--service-port-offset", String.valueOf(servicePortOffset),
                "--services", services));
        return new ProcessBuilder(line).directory(repo.toFile());
    }

    /**
     * Links in emails and share buttons name the public origin, which services default to the usual
     * gateway port; this stack moves every port, so it tells them where its gateway is.
     */
    private void publicLinksThroughTheGateway(ProcessBuilder up) {
        for (String service : List.of("PETITIONS", "COMMENTS", "OUTREACH")) {
            up.environment().put("PLAZA_" + service + "_PUBLICBASEURL", gatewayUrl());
            up.environment().put("PLAZA_" + service + "_PUBLIC_BASE_URL", gatewayUrl());
        }
        up.environment().put("PLAZA_PUBLIC_URL", gatewayUrl());
    }

    /**
     * Journeys run at any hour, but notifications holds optional texts (reminders, invitations) during the
     * community's quiet hours (21:00-08:00); a window that starts where it ends has no quiet hours, so a journey's
     * reminder arrives whatever the hour. Quiet hours themselves are proven in notifications' own tests.
     */
    private static void textsAtAnyHour(ProcessBuilder up) {
        up.environment().put("PLAZA_NOTIFICATIONS_SMS_QUIETHOURS_START", "00:00");
        up.environment().put("PLAZA_NOTIFICATIONS_SMS_QUIETHOURS_END", "00:00");
    }

    private int listedPort(String service) {
        try {
            Matcher listed = LISTED_PORT.matcher(Files.readString(
                    repo.resolve("platform/devstack/src/main/resources/services.properties")));
            while (listed.find()) {
                if (listed.group(1).equals(service)) {
                    return Integer.parseInt(listed.group(2));
                }
            }
            throw new IllegalArgumentException("No port listed for " + service + " in services.properties");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path upOutput() {
        return outputDir.resolve(dataDir.getFileName() + "-up.out");
    }

    private static String exitCode(Process process) {
        return process.isAlive() ? "still running" : String.valueOf(process.exitValue());
    }

    private static String servicesInTheBuild(Path repo) {
        String chosen = System.getProperty("plaza.system-tests.services", "").trim();
        if (!chosen.isEmpty()) {
            return chosen;
        }
        try {
            Matcher module = SERVICE_MODULE.matcher(Files.readString(repo.resolve("pom.xml")));
            List<String> built = new ArrayList<>();
            List<String> notBuilt = new ArrayList<>();
            while (module.find()) {
                (isPackaged(repo.resolve("services").resolve(module.group(1))) ? built : notBuilt).add(module.group(1));
            }
            if (!notBuilt.isEmpty()) {
                System.out.println("System tests leave out services that are not packaged (partial build?): "
                        + String.join(", ", notBuilt));
            }
            return built.isEmpty() ? "none" : String.join(",", built);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Boot jar in target/: plaza-<name>.jar or the versioned one (not -plain, -sources, …). */
    private static boolean isPackaged(Path module) throws IOException {
        Path target = module.resolve("target");
        if (!Files.isDirectory(target)) {
            return false;
        }
        String name = "plaza-" + module.getFileName();
        try (Stream<Path> files = Files.list(target)) {
            return files.map(file -> file.getFileName().toString())
                    .anyMatch(file -> file.equals(name + ".jar") || (file.startsWith(name + "-") && file.endsWith(".jar")
                            && !file.matches(".*-(plain|sources|javadoc|tests)\\.jar")));
        }
    }

    private static Path repo() {
        Path repo = Path.of(System.getProperty("plaza.repo", "../..")).toAbsolutePath().normalize();
        if (!Files.isExecutable(repo.resolve("plaza"))) {
            throw new IllegalStateException("No ./plaza script in " + repo + " (set -Dplaza.repo)");
        }
        return repo;
    }

    /**
     * The first of {@value #PORT_BLOCK} consecutive free ports: Kafka (2), MongoDB, SMTP, the mail viewer and the
     * SMS sink, then from the ninth the gateway and every service after the offset. They lie below Linux's ephemeral
     * range (32768+), because a service starts minutes after the ports are chosen, and an outgoing
     * connection of any process on the machine may take an ephemeral port in the meantime.
     */
    private static int freePortBlock() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int first = 20_000 + 16 * (int) (Math.random() * ((32_700 - 20_000) / 16));
            if (IntStream.range(first, first + PORT_BLOCK).allMatch(PlazaStack::isFree)) {
                return first;
            }
        }
        throw new IllegalStateException("No " + PORT_BLOCK + " free consecutive ports found below 32700");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Exit code and output of one {@code ./plaza} command. */
    public record Result(int exitCode, String output) {
    }
}
