package org.plaza.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Prometheus metric names the platform's code can publish: Micrometer meters named {@code plaza.*} in the
 * starter and the services (a name built as {@code "plaza.comments." + what} counts when {@code "what"} is a
 * literal of the same file), plus the Spring Boot and Micrometer metrics the dashboards use.
 */
final class MeterNames {

    /** Prometheus's own {@code up}, and what Micrometer's JVM and process binders and Boot's HTTP server metrics publish. */
    static final Set<String> FRAMEWORK = Set.of(
            "up",
            "http_server_requests_seconds_count", "http_server_requests_seconds_sum", "http_server_requests_seconds_max",
            "jvm_memory_used_bytes", "jvm_memory_max_bytes", "jvm_gc_pause_seconds_sum", "jvm_gc_pause_seconds_count",
            "jvm_threads_live_threads", "process_cpu_usage", "process_uptime_seconds");

    /** What Micrometer's Prometheus naming appends to a meter's name. */
    private static final List<String> SUFFIXES = List.of("", "_total", "_seconds", "_seconds_count", "_seconds_sum",
            "_seconds_max", "_seconds_bucket", "_count", "_sum", "_max", "_bucket");

    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z0-9_.-]*)\"");
    private static final Pattern DYNAMIC = Pattern.compile("\"(plaza\\.[a-z0-9_.-]*\\.)\"\\s*\\+");

    private final Set<String> names = new HashSet<>();

    MeterNames(List<Path> sourceFolders) {
        for (Path folder : sourceFolders) {
            for (Path file : javaFiles(folder)) {
                String code = Yaml.text(file);
                Set<String> literals = new HashSet<>();
                Matcher literal = LITERAL.matcher(code);
                while (literal.find()) {
                    literals.add(literal.group(1));
                }
                literals.stream().filter(l -> l.startsWith("plaza.")).forEach(l -> names.add(prometheus(l)));
                Matcher dynamic = DYNAMIC.matcher(code);
                while (dynamic.find()) {
                    String prefix = dynamic.group(1);
                    literals.stream().filter(l -> !l.contains("."))
                            .forEach(l -> names.add(prometheus(prefix + l)));
                }
            }
        }
    }

    /** Whether a metric name a dashboard queries is one the code publishes. */
    boolean published(String metric) {
        return FRAMEWORK.contains(metric)
                || SUFFIXES.stream().anyMatch(suffix -> metric.endsWith(suffix)
                        && names.contains(metric.substring(0, metric.length() - suffix.length())));
    }

    /** Micrometer's Prometheus name of a meter, before unit and type suffixes. */
    static String prometheus(String meter) {
        return meter.replace('.', '_').replace('-', '_');
    }

    private static List<Path> javaFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return new ArrayList<>(files.filter(f -> f.toString().endsWith(".java")).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
