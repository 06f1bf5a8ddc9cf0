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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A stack started exactly as a developer does, {@code ./plaza up}, but with a data folder of its own
 * and free ports, so it never meets a stack that is already running on the machine. It starts the
 * services that are modules of the root build ({@code <module>services/…</module>}) and have been
 * packaged: a full {@code ./mvnw verify} packages them before this module; a partial build
 * ({@code -pl platform/system-tests}) leaves unbuilt ones out and says so.
 * {@code -Dplaza.system-tests.services=all|none|a,b} overrides the choice.
 */
final class PlazaStack implements AutoCloseable {

    /**
     * How long {@code ./plaza up} may take: every service is a Spring Boot JVM, and they all start at
     * once on the machine's cores ({@code -Dplaza.system-tests.start-timeout=<seconds>}).
     */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(
            Long.getLong("plaza.system-tests.start-timeout", 480));
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(120);
    private static final Pattern SERVICE_MODULE = Pattern.compile("<module>\\s*services/([\\w-]+)\\s*</module>");

    private final Path repo;
    private final Path dataDir;
    private final Path outputDir;
    private final int kafkaPort;
    private final int kafkaControllerPort;
    private final int mongoPort;
    private final int smtpPort;
    private final int mailViewerPort;
    private final int servicePortOffset;
    private String services;
    private Process launcher;
    private int runs;

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
        this.services = servicesInTheBuild(repo);
    }

    /** A stack in {@code target/system-tests/<name>}, emptied first, on ports that are free right now. */
    static PlazaStack named(String name) {
        Path base = Path.of(System.getProperty("plaza.system-tests.dir", "target/system-tests")).toAbsolutePath();
        Path dataDir = base.resolve(name);
        deleteRecursively(dataDir);
        return new PlazaStack(repo(), dataDir, base, freePorts(6));
    }

    /** Only Kafka, MongoDB and mail: for tests of the stack itself, which need no service. */
    PlazaStack withoutServices() {
        this.services = "none";
        return this;
    }

    /** Runs {@code ./plaza up} and waits until it prints that Plaza is up; fails with its output otherwise. */
    PlazaStack up() {
        try {
            Files.createDirectories(outputDir);
            Path output = upOutput();
            Files.deleteIfExists(output);
            launcher = plaza("up").redirectErrorStream(true).redirectOutput(output.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        await("./plaza up in " + dataDir).atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(250))
                .until(() -> upOutputText().contains("Plaza is up") || !launcher.isAlive());
        if (!upOutputText().contains("Plaza is up")) {
            throw new AssertionError("./plaza up did not start (exit " + exitCode(launcher) + "):\n" + upOutputText());
        }
        return this;
    }

    /** Runs {@code ./plaza up} expecting a refusal: returns its exit code and output. */
    Result upRefused() {
        return run("up");
    }

    Result status() {
        return run("status");
    }

    Result down() {
        Result result = run("down");
        awaitLauncherExit();
        return result;
    }

    /** Stops the launcher the way Ctrl-C does: a signal to the launcher JVM, which stops its children. */
    void interrupt() {
        launcher.toHandle().destroy();
        awaitLauncherExit();
    }

    /** The processes the pid file lists right now (launcher included). */
    List<ProcessHandle> recordedProcesses() {
        Path pids = dataDir.resolve("pids");
        if (!Files.exists(pids)) {
            return List.of();
        }
        try (Stream<String> lines = Files.lines(pids)) {
            return lines.filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> Long.parseLong(line.trim().split("\\s+")[1]))
                    .map(ProcessHandle::of)
                    .flatMap(Optional::stream)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String upOutputText() {
        try {
            Path output = upOutput();
            return Files.exists(output) ? Files.readString(output) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path dataDir() {
        return dataDir;
    }

    String kafkaBootstrap() {
        return "127.0.0.1:" + kafkaPort;
    }

    String mongoUri(String service) {
        return "mongodb://127.0.0.1:" + mongoPort + "/plaza_" + service + "?socketTimeoutMS=30000";
    }

    int smtpPort() {
        return smtpPort;
    }

    int mongoPort() {
        return mongoPort;
    }

    String mailViewerUrl() {
        return "http://127.0.0.1:" + mailViewerPort;
    }

    /** A service's base URL: its port in services.properties (gateway 8080, …) moved by this stack's offset. */
    String serviceUrl(int listedPort) {
        return "http://127.0.0.1:" + (listedPort + servicePortOffset);
    }

    /** Leaves nothing running, whatever state a failed test left the stack in. */
    @Override
    public void close() {
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
            line.add("--no-build");
        }
        line.addAll(List.of("--data-dir", dataDir.toString(),
                "--kafka-port", String.valueOf(kafkaPort),
                "--kafka-controller-port", String.valueOf(kafkaControllerPort),
                "--mongo-port", String.valueOf(mongoPort),
                "--smtp-port", String.valueOf(smtpPort),
                "--mail-viewer-port", String.valueOf(mailViewerPort),
                "--service-port-offset", String.valueOf(servicePortOffset),
                "--services", services));
        return new ProcessBuilder(line).directory(repo.toFile());
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

    private static int[] freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            sockets.forEach(socket -> {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing a probe socket cannot lose anything
                }
            });
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
    record Result(int exitCode, String output) {
    }
}
