package org.plaza.devstack.service;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.plaza.devstack.process.ChildProcess;
import org.plaza.devstack.process.JavaCommand;
import org.plaza.devstack.process.PartExits;
import org.plaza.devstack.process.ReadinessProbe;

/**
 * {@code --jvms shared}: the given services in one JVM ({@link SharedJvmMain}), each extracted as in separate mode
 * and wired with the same variables, arguments, port and database. Ready when every service's readiness says UP.
 * The JVM records and maps one class data sharing archive of its own ({@code shared-jvm.jsa}).
 */
public final class SharedJvm implements ChildProcess {

    public static final String NAME = "shared-jvm";

    /**
     * What one JVM needs beyond a service's own arguments: Boot's log pattern would name the first service on every
     * line (the JVM has one logging context; the lines are routed to each service's log instead), and Micrometer's
     * global registry would gather every service's meters.
     */
    static final List<String> SHARED_ARGUMENTS = List.of("--logging.include-application-name=false",
            "--management.metrics.use-global-registry=false");

    private final List<SpringService> services;
    private final Path runtimeJars;
    private final Path workingDirectory;
    private final JavaCommand java;
    private final String jvmOptions;
    private final Function<String, Path> logOf;
    private final PartExits exits;
    private volatile boolean recordingArchive;

    public SharedJvm(List<SpringService> services, Path runtimeJars, Path workingDirectory, JavaCommand java,
                     String jvmOptions, Function<String, Path> logOf) {
        this.services = List.copyOf(services);
        this.runtimeJars = runtimeJars;
        this.workingDirectory = workingDirectory;
        this.java = java;
        this.jvmOptions = jvmOptions;
        this.logOf = logOf;
        this.exits = new PartExits(exitsFile());
    }

    @Override
    public String name() {
        return NAME;
    }

    public List<SpringService> services() {
        return services;
    }

    @Override
    public List<Integer> ports() {
        return services.stream().map(SpringService::port).toList();
    }

    /** Each service, listed in the pids file under its name with its port. */
    @Override
    public Map<String, List<Integer>> parts() {
        Map<String, List<Integer>> parts = new LinkedHashMap<>();
        services.forEach(service -> parts.put(service.name(), service.ports()));
        return parts;
    }

    /** Services whose context failed to start or closed while the JVM runs on ({@link SharedJvmMain} records them). */
    @Override
    public List<PartExits.Exit> exitedParts() {
        return exits.unread();
    }

    private Path exitsFile() {
        return runtimeJars.resolve(NAME + ".exits");
    }

    @Override
    public String address() {
        return services.stream().map(SpringService::name).collect(Collectors.joining(", "));
    }

    @Override
    public Path workingDirectory() {
        return workingDirectory;
    }

    /** Every service's extraction, as in separate mode. */
    @Override
    public List<List<String>> preparation() {
        return services.stream().flatMap(service -> service.preparation().stream()).toList();
    }

    @Override
    public List<String> command() {
        Path spec = runtimeJars.resolve("shared-jvm.properties");
        try {
            writeSpec(spec);
            exits.clear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path archive = runtimeJars.resolve(NAME + ".jsa");
        recordingArchive = !Files.isRegularFile(archive);
        String sharing = (recordingArchive ? "-XX:ArchiveClassesAtExit=" : "-XX:SharedArchiveFile=") + archive
                + " -Xlog:cds=error";
        return java.mainClass(jvmOptions + " " + sharing, SharedJvmMain.class.getName(), spec.toString());
    }

    @Override
    public Duration stopTimeout() {
        return recordingArchive ? SpringService.RECORDING_STOP_TIMEOUT : ChildProcess.super.stopTimeout();
    }

    /**
     * What {@link SharedJvmMain} reads: the shared libraries, and per service its class path (own jar and the
     * libraries it keeps to itself), the libraries it may see in the shared loader, log, arguments and variables.
     */
    void writeSpec(Path spec) throws IOException {
        Map<String, List<Path>> libs = new LinkedHashMap<>();
        for (SpringService service : services) {
            try (Stream<Path> files = Files.list(service.extractedJar().getParent().resolve("lib"))) {
                libs.put(service.name(), files.filter(file -> file.toString().endsWith(".jar")).sorted().toList());
            }
        }
        List<Path> shared = sharedLibraries(libs);
        Set<String> sharedKeys = shared.stream().map(SharedJvm::key).collect(Collectors.toSet());
        Properties properties = new Properties();
        properties.setProperty(SharedJvmMain.SERVICES,
                services.stream().map(SpringService::name).collect(Collectors.joining(",")));
        properties.setProperty(SharedJvmMain.SHARED_LIBS, join(shared));
        properties.setProperty(SharedJvmMain.EXITS, exitsFile().toString());
        for (SpringService service : services) {
            String name = service.name();
            List<Path> classpath = new ArrayList<>();
            classpath.add(service.extractedJar());
            libs.get(name).stream().filter(lib -> !sharedKeys.contains(key(lib))).forEach(classpath::add);
            properties.setProperty(name + ".classpath", join(classpath));
            properties.setProperty(name + "." + SharedJvmMain.VISIBLE, libs.get(name).stream()
                    .filter(lib -> sharedKeys.contains(key(lib))).map(lib -> lib.getFileName().toString())
                    .collect(Collectors.joining(",")));
            properties.setProperty(name + ".log", logOf.apply(name).toString());
            List<String> arguments = new ArrayList<>(service.arguments());
            arguments.addAll(SHARED_ARGUMENTS);
            properties.setProperty(name + "." + SharedJvmMain.ARGS, String.join(" ", arguments));
            service.environment().forEach((key, value) -> properties.setProperty(name + ".env." + key, value));
        }
        try (OutputStream out = Files.newOutputStream(spec)) {
            properties.store(out, "services in one JVM, written by ./plaza up --jvms shared");
        }
    }

    /**
     * The libraries loaded once for all services: of each artifact (a file name without its version), the version
     * (file name and size) most services have. A service whose version differs keeps its own copy. Two versions one
     * service has together are two artifacts of one name (Jackson 2's and 3's {@code jackson-databind}): both shared. The shared
     * loader holds every library some service has, because a shared library may use another only some services
     * have (the starter uses OpenPDF, which only the services that render PDFs carry); each service sees only the
     * shared libraries it has itself ({@link SharedJvmMain}), so its auto-configuration finds what it would find in
     * its own JVM.
     */
    static List<Path> sharedLibraries(Map<String, List<Path>> libs) {
        Map<String, Map<String, List<Path>>> byArtifact = new LinkedHashMap<>();
        libs.values().forEach(list -> list.forEach(lib -> byArtifact
                .computeIfAbsent(artifact(lib.getFileName().toString()), a -> new LinkedHashMap<>())
                .computeIfAbsent(key(lib), k -> new ArrayList<>()).add(lib)));
        List<Path> shared = new ArrayList<>();
        byArtifact.forEach((artifact, versions) -> {
            if (libs.values().stream().anyMatch(list -> list.stream()
                    .filter(lib -> artifact(lib.getFileName().toString()).equals(artifact)).count() > 1)) {
                // one service has two of them: different artifacts of one name (Jackson 2's and 3's databind)
                versions.values().forEach(copies -> shared.add(copies.get(0)));
            } else {
                shared.add(versions.values().stream().max(Comparator.comparingInt(List::size)).orElseThrow().get(0));
            }
        });
        return shared;
    }

    /** {@code spring-core-7.0.8.jar} is {@code spring-core}: the name up to the first dash followed by a digit. */
    static String artifact(String fileName) {
        Matcher version = Pattern.compile("-\\d").matcher(fileName);
        return version.find() ? fileName.substring(0, version.start()) : fileName;
    }

    private static String key(Path lib) {
        return lib.getFileName() + "/" + size(lib);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String join(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    /** Ready when every service is. */
    @Override
    public ReadinessProbe readinessProbe() {
        List<ReadinessProbe> probes = services.stream().map(SpringService::readinessProbe).toList();
        return () -> {
            for (ReadinessProbe probe : probes) {
                if (!probe.ready()) {
                    return false;
                }
            }
            return true;
        };
    }
}
