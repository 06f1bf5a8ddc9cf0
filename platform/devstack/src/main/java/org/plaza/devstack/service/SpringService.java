package org.plaza.devstack.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import org.plaza.devstack.process.ChildProcess;
import org.plaza.devstack.process.JavaCommand;
import org.plaza.devstack.process.ReadinessProbe;

/**
 * One service as its own JVM: {@code java -jar plaza-<name>.jar --spring.profiles.active=embedded},
 * wired to the stack through environment variables (Kafka, its own MongoDB database, SMTP, the other
 * services' URLs), on 127.0.0.1. Ready once {@code /actuator/health/readiness} says UP.
 * <p>
 * Start-up: the staged jar is extracted (Spring Boot's {@code -Djarmode=tools extract}: the application jar and
 * its libraries as plain jars, which class data sharing needs) and run with a dynamic class data sharing archive of
 * its own ({@code <name>.jsa}): the first run writes it when the service stops ({@code -XX:ArchiveClassesAtExit}),
 * later runs map the classes from it ({@code -XX:SharedArchiveFile}) instead of loading, parsing and verifying them
 * again. A new jar drops both.
 */
public final class SpringService implements ChildProcess {

    static final Duration RECORDING_STOP_TIMEOUT = Duration.ofSeconds(120);

    private final ServiceCatalog.Service service;
    private final int port;
    private final Path runtimeJar;
    /** The extracted jar: {@code plaza-<name>.jar} (classes and a manifest naming {@code lib/*.jar}) and {@code lib/}. */
    private final Path extracted;
    private final Path classArchive;
    private final Path workingDirectory;
    private final JavaCommand java;
    private final String jvmOptions;
    private final Wiring wiring;
    private final boolean classDataSharing;
    /** This run writes the class archive when it stops, which can take a minute on a busy machine. */
    private volatile boolean recordingArchive;

    public SpringService(ServiceCatalog.Service service, int port, Path runtimeJars, Path workingDirectory,
                         JavaCommand java, String jvmOptions, Wiring wiring) {
        this(service, port, runtimeJars, workingDirectory, java, jvmOptions, wiring, true);
    }

    /** {@code classDataSharing} false: the staged jar itself runs, as it is, without an archive. */
    public SpringService(ServiceCatalog.Service service, int port, Path runtimeJars, Path workingDirectory,
                         JavaCommand java, String jvmOptions, Wiring wiring, boolean classDataSharing) {
        this.service = service;
        this.port = port;
        this.runtimeJar = runtimeJars.resolve("plaza-" + service.name() + ".jar");
        this.extracted = runtimeJars.resolve(service.name());
        this.classArchive = runtimeJars.resolve(service.name() + ".jsa");
        this.workingDirectory = workingDirectory;
        this.java = java;
        this.jvmOptions = jvmOptions;
        this.wiring = wiring;
        this.classDataSharing = classDataSharing;
    }

    @Override
    public String name() {
        return service.name();
    }

    public int port() {
        return port;
    }

    @Override
    public List<Integer> ports() {
        return List.of(port);
    }

    @Override
    public String address() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public Path workingDirectory() {
        return workingDirectory;
    }

    /**
     * Copies the built jar next to the data folder when it changed, so that a rebuild while the stack
     * runs never rewrites a jar a running JVM reads.
     */
    public void stageJar() throws IOException {
        Path built = service.builtJar();
        if (!Files.isRegularFile(built)) {
            throw new IOException("service '" + name() + "' has no jar at " + built
                    + "; build it with ./plaza up --rebuild");
        }
        Files.createDirectories(runtimeJar.getParent());
        if (Files.exists(runtimeJar) && Files.size(runtimeJar) == Files.size(built)
                && sameSecond(Files.getLastModifiedTime(runtimeJar), Files.getLastModifiedTime(built))) {
            return;
        }
        Path tmp = runtimeJar.resolveSibling(runtimeJar.getFileName() + ".tmp");
        Files.copy(built, tmp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        Files.deleteIfExists(classArchive);
        deleteRecursively(extracted);
        Files.move(tmp, runtimeJar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The copy's time is the built jar's as the file system keeps it: ext4 stores nanoseconds but copying keeps
     * microseconds, so comparing exactly took every jar for a new one and dropped its class archive on every start.
     */
    private static boolean sameSecond(FileTime copied, FileTime built) {
        return copied.to(TimeUnit.SECONDS) == built.to(TimeUnit.SECONDS);
    }

    /** Extracts the staged jar when it has not been extracted yet (a new jar removed the last extraction). */
    @Override
    public List<List<String>> preparation() {
        if (!classDataSharing || Files.isRegularFile(extractedJar())) {
            return List.of();
        }
        return List.of(java.jar("-Djarmode=tools -Xshare:auto -XX:TieredStopAtLevel=1", runtimeJar, "extract",
                "--destination", extracted.toString(), "--force"));
    }

    @Override
    public List<String> command() {
        if (!classDataSharing) {
            return java.jar(jvmOptions, runtimeJar, "--spring.profiles.active=embedded");
        }
        // -Xlog:cds=error: the archive skips classes of signed jars (Bouncy Castle) with a warning each
        recordingArchive = !Files.isRegularFile(classArchive);
        String archive = (recordingArchive ? "-XX:ArchiveClassesAtExit=" + classArchive
                : "-XX:SharedArchiveFile=" + classArchive) + " -Xlog:cds=error";
        return java.jar(jvmOptions + " " + archive, extractedJar(), "--spring.profiles.active=embedded");
    }

    /** The arguments of its {@code main}, in either mode. */
    List<String> arguments() {
        return List.of("--spring.profiles.active=embedded");
    }

    /** Longer while this run records the class archive: a SIGKILL in the middle of writing it would lose it. */
    @Override
    public Duration stopTimeout() {
        return recordingArchive ? RECORDING_STOP_TIMEOUT : ChildProcess.super.stopTimeout();
    }

    Path extractedJar() {
        return extracted.resolve(runtimeJar.getFileName());
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Override
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SPRING_PROFILES_ACTIVE", "embedded");
        env.put("SERVER_ADDRESS", "127.0.0.1");
        env.put("SERVER_PORT", String.valueOf(port));
        env.put("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
        env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", wiring.kafkaBootstrapServers());
        env.put("SPRING_MONGODB_URI", wiring.mongoUri().apply(name()));
        env.put("SPRING_MAIL_HOST", wiring.smtpHost());
        env.put("SPRING_MAIL_PORT", String.valueOf(wiring.smtpPort()));
        env.put("PLAZA_TWILIO_BASE_URL", wiring.smsSinkUrl());
        env.put("PLAZA_SMS_WEBHOOK_BASE_URL", address());
        wiring.serviceUrls().forEach((other, url) -> env.put(
                "PLAZA_SERVICES_" + other.toUpperCase(Locale.ROOT).replace('-', '_') + "_URL", url));
        // Residents' links in emails and texts (a comment's personal link, a volunteer's confirmation, unsubscribe)
        // open the gateway, the one public origin, never a service's own port.
        String gateway = wiring.serviceUrls().get("gateway");
        if (gateway != null) {
            env.put("PLAZA_PUBLIC_URL", gateway);
        }
        return env;
    }

    @Override
    public ReadinessProbe readinessProbe() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(address() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(3)).build();
        return () -> {
            HttpResponse<String> response = http.send(readiness, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        };
    }

    /** Where a service finds the rest of the stack. */
    public record Wiring(String kafkaBootstrapServers, Function<String, String> mongoUri, String smtpHost,
                         int smtpPort, Map<String, String> serviceUrls, String smsSinkUrl) {

        /** Wiring without an SMS sink (it then points at the sink's default address). */
        public Wiring(String kafkaBootstrapServers, Function<String, String> mongoUri, String smtpHost, int smtpPort,
                Map<String, String> serviceUrls) {
            this(kafkaBootstrapServers, mongoUri, smtpHost, smtpPort, serviceUrls, "http://127.0.0.1:8026");
        }
    }
}
