package org.plaza.insights.drill;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The insights service in a JVM of its own (the test JVM's java and classpath, without the test
 * classes), so that a drill can kill it like an operating system would: {@link #kill()} is
 * {@link Process#destroyForcibly()}, a SIGKILL on Linux. Its output goes to a log file under
 * {@code target/drill-logs}; a shutdown hook kills it if the test JVM ends first.
 */
final class ChildInsights implements AutoCloseable {

    static final String MAIN_CLASS = "org.plaza.insights.InsightsApplication";
    private static final Path LOGS = Path.of("target", "drill-logs");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;
    private final Thread killOnExit;

    private ChildInsights(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
        this.killOnExit = new Thread(process::destroyForcibly, "kill-" + name);
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /**
     * Starts the service with these Spring properties ({@code key=value}, passed as {@code --key=value})
     * on a free port, and returns once it is ready.
     */
    static ChildInsights start(String name, List<String> properties) {
        try {
            Files.createDirectories(LOGS);
            int port = freePort();
            List<String> arguments = new ArrayList<>(List.of("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-cp", classpath(), MAIN_CLASS,
                    "--server.port=" + port, "--spring.main.banner-mode=off"));
            properties.forEach(property -> arguments.add("--" + property));
            Path argFile = LOGS.resolve(name + ".args");
            Files.write(argFile, arguments.stream().map(ChildInsights::quoted).toList(), StandardCharsets.UTF_8);
            Path log = LOGS.resolve(name + ".log");
            ProcessBuilder builder = new ProcessBuilder(java(), "@" + argFile.toAbsolutePath())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> environment = builder.environment();
            environment.keySet().removeIf(key -> key.startsWith("SPRING_") || key.startsWith("PLAZA_"));
            ChildInsights child = new ChildInsights(name, builder.start(), port, log);
            child.awaitReady();
            return child;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no commit, no goodbye to the consumer group. Returns the exit status. */
    int kill() {
        process.destroyForcibly();
        return exitStatus();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            exitStatus();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down: the hook runs anyway.
        }
    }

    /** The last lines of the child's log, for failure messages. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException | RuntimeException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ", port " + port + ", log " + log + ")";
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).build();
        await("readiness of " + this).atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(this + " exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                return http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
    }

    private int exitStatus() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException(this + " did not end");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return process.exitValue();
    }

    private static String java() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /**
     * The test JVM's classpath without test classes: the service's own classes and every jar. Surefire
     * may start tests from a manifest-only jar; then the classpath is that jar's {@code Class-Path}.
     */
    static String classpath() throws IOException {
        List<String> entries = new ArrayList<>(Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator)));
        if (entries.size() == 1 && entries.get(0).endsWith(".jar")) {
            entries = manifestClassPath(Path.of(entries.get(0)));
        }
        return String.join(File.pathSeparator, entries.stream()
                .filter(entry -> !entry.isBlank())
                .filter(entry -> !Path.of(entry).normalize().endsWith(Path.of("target", "test-classes")))
                .toList());
    }

    private static List<String> manifestClassPath(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (classPath == null) {
                return List.of(jar.toString());
            }
            List<String> entries = new ArrayList<>();
            for (String url : classPath.trim().split("\\s+")) {
                try {
                    entries.add(Path.of(jar.getParent().toUri().resolve(new URI(url))).toString());
                } catch (URISyntaxException e) {
                    throw new IOException("Bad Class-Path entry " + url, e);
                }
            }
            return entries;
        }
    }

    private static String quoted(String argument) {
        return "\"" + argument.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
