package org.plaza.bench.meters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads the counters of every service of the stack from its {@code /actuator/prometheus}: the services are the
 * processes of the {@code pids} file of {@code ./plaza up} that are not infrastructure (Kafka, MongoDB, mail, the SMS
 * sink), each at the first port its line names. A service that does not answer is left out of that reading.
 */
public final class ServiceMeters {

    private static final Set<String> NOT_SERVICES = Set.of("launcher", "kafka", "mongo", "mail", "sms");

    private final Map<String, URI> endpoints;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Rest rest = new Rest(Map.of(), Map.of(), 0);

    ServiceMeters(Map<String, URI> endpoints) {
        this.endpoints = Map.copyOf(endpoints);
    }

    /** The services of {@code pidFile} (none when it does not exist), reached on {@code host}. */
    public static ServiceMeters of(Path pidFile, String host) {
        if (!Files.isRegularFile(pidFile)) {
            return new ServiceMeters(Map.of());
        }
        try {
            return new ServiceMeters(endpoints(Files.readString(pidFile), host));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + pidFile, e);
        }
    }

    /** Service name → its Prometheus endpoint, for each service line of a devstack pids file. */
    static Map<String, URI> endpoints(String pidFile, String host) {
        Map<String, URI> endpoints = new LinkedHashMap<>();
        for (String line : pidFile.split("\n")) {
            String[] fields = line.strip().split("\\s+");
            if (line.isBlank() || line.startsWith("#") || fields.length < 4 || NOT_SERVICES.contains(fields[0])) {
                continue;
            }
            String port = fields[3].split(",")[0];
            if (port.matches("\\d{1,5}")) {
                endpoints.put(fields[0], URI.create("http://" + host + ":" + port + "/actuator/prometheus"));
            }
        }
        return endpoints;
    }

    public boolean foundServices() {
        return !endpoints.isEmpty();
    }

    /** Now: each answering service's counters. */
    public Map<String, ServiceCounters> read() {
        Map<String, ServiceCounters> counters = new LinkedHashMap<>();
        endpoints.forEach((name, uri) -> {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    counters.put(name, ServiceCounters.of(Prometheus.parse(response.body())));
                }
            } catch (IOException e) {
                // not answering: left out of this reading
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return counters;
    }

    /** Records what the services count at rest: {@code start} read before, now the end, {@code seconds} apart. */
    public void rest(Map<String, ServiceCounters> start, double seconds) {
        this.rest = seconds <= 0 ? new Rest(Map.of(), Map.of(), 0) : new Rest(start, read(), seconds);
    }

    private static final int QUIET_READINGS = 3;
    private static final Duration QUIET_INTERVAL = Duration.ofSeconds(3);

    /** A reading taken once the traffic of every service stayed the same {@value #QUIET_READINGS} times running. */
    Map<String, ServiceCounters> quiet(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        Map<String, ServiceCounters> last = read();
        int same = 1;
        while (same < QUIET_READINGS && System.nanoTime() < deadline) {
            try {
                Thread.sleep(QUIET_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return last;
            }
            Map<String, ServiceCounters> now = read();
            same = traffic(now) == traffic(last) && now.keySet().equals(last.keySet()) ? same + 1 : 1;
            last = now;
        }
        return last;
    }

    private static double traffic(Map<String, ServiceCounters> reading) {
        return reading.values().stream().mapToDouble(ServiceCounters::traffic).sum();
    }

    /** Reads the start of the load. */
    public Window start() {
        return new Window(read(), System.nanoTime());
    }

    private record Rest(Map<String, ServiceCounters> start, Map<String, ServiceCounters> end, double seconds) {
    }

    /** What the services counted in one run, per operation. */
    public record Counts(PerOperation mongo, PerOperation kafka, PerOperation kafkaRequests) {
    }

    /** A reading under way. */
    public final class Window {

        private final Map<String, ServiceCounters> start;
        private final long startNanos;

        private Window(Map<String, ServiceCounters> start, long startNanos) {
            this.start = start;
            this.startNanos = startNanos;
        }

        /**
         * The counts once the services have gone quiet (no Kafka record sent or event consumed for
         * {@value #QUIET_READINGS} readings {@link #QUIET_INTERVAL} apart, at most {@code wait}), for
         * {@code operations} acknowledged in the window: work that follows an operation (a notification sent after
         * its code was read, a projection) is counted in full.
         */
        public Counts finish(long operations, Duration wait) {
            Map<String, ServiceCounters> end = quiet(wait);
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            return new Counts(
                    PerOperation.of("MongoDB commands", "command", start, end, ServiceCounters::mongoCommands,
                            ServiceCounters::mongoCommandsByCollection, operations, seconds, rest.start(), rest.end(),
                            rest.seconds()),
                    PerOperation.of("Kafka records sent", "topic", start, end, ServiceCounters::kafkaRecordsByTopic, null,
                            operations, seconds, rest.start(), rest.end(), rest.seconds()),
                    PerOperation.of("Kafka requests", "kind", start, end, ServiceCounters::kafkaRequestsByKind, null,
                            operations, seconds, rest.start(), rest.end(), rest.seconds()));
        }
    }
}
