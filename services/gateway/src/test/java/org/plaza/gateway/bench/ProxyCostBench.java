package org.plaza.gateway.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.plaza.gateway.GatewayApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.sun.net.httpserver.HttpServer;

/**
 * What the gateway's own CPU costs per proxied request, compared within one run. One JVM holds a trivial loopback
 * backend (JDK {@code HttpServer}: a small JSON answer to every read, 201 to every write), one gateway per client
 * variant named on the command line (a value of {@code spring.http.clients.imperative.factory}, e.g. {@code jdk} or
 * {@code http-components}, then any other properties of that gateway after semicolons), profile {@code embedded} as {@code ./plaza up} runs it, and a load driver of a few threads
 * ({@link HttpURLConnection}, keep-alive). Each round sends the same number of reads ({@code GET …/count}) and of
 * writes ({@code POST …/signatures} with a small JSON body and a client address) to the backend directly ("bare") and
 * through each gateway, in an order that rotates per round, and takes the JVM's CPU time ({@code
 * getProcessCpuTime}) around each. A gateway's cost per request is its run's CPU minus the bare run's of the same
 * round, divided by the requests; the report gives the median over the rounds. The backend's answers carry no
 * {@code Cache-Control}, so the public answer cache never serves them: every request is proxied.
 *
 * <p>Run from services/gateway after {@code test-compile}, with the test class path:
 * {@code java -cp target/test-classes:target/classes:$(cat target/bench.classpath) org.plaza.gateway.bench.ProxyCostBench
 * --variants jdk,http-components --requests 3000 --warm-up 3 --rounds 5} (a warm-up of 3 × 3000 of each
 * kind per target first).
 */
public final class ProxyCostBench {

    private static final byte[] COUNT = "{\"slug\":\"bench\",\"count\":123456,\"goal\":200000}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SIGNATURE = ("{\"name\":\"Ana Pérez\",\"email\":\"ana@example.org\",\"postcode\":\"28001\","
            + "\"consent\":true,\"locale\":\"es\"}").getBytes(StandardCharsets.UTF_8);

    private final AtomicInteger clients = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        List<String> variants = List.of(options.getOrDefault("variants", "jdk,http-components").split(","));
        int requests = Integer.parseInt(options.getOrDefault("requests", "3000"));
        int warmUp = Integer.parseInt(options.getOrDefault("warm-up", "3"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "5"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "4"));
        new ProxyCostBench().run(variants, requests, warmUp, rounds, threads);
        System.exit(0);
    }

    private void run(List<String> variants, int requests, int warmUp, int rounds, int threads) throws Exception {
        HttpServer backend = backend();
        String backendUrl = "http://127.0.0.1:" + backend.getAddress().getPort();
        Map<String, String> targets = new LinkedHashMap<>();
        targets.put("bare", backendUrl);
        List<ConfigurableApplicationContext> gateways = new ArrayList<>();
        for (String variant : variants) {
            ConfigurableApplicationContext gateway = gateway(variant, backendUrl);
            gateways.add(gateway);
            targets.put(variant, "http://127.0.0.1:" + ((WebServerApplicationContext) gateway).getWebServer().getPort());
        }
        ExecutorService driver = Executors.newFixedThreadPool(threads);
        System.out.printf("load average at start: %s%n", loadAverage());
        for (String target : targets.keySet()) {
            for (String kind : List.of("read", "write")) {
                drive(driver, threads, targets.get(target), kind, warmUp * requests);
            }
        }
        Map<String, List<Double>> cpu = new LinkedHashMap<>();
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        List<String> order = new ArrayList<>(targets.keySet());
        for (int round = 0; round < rounds; round++) {
            for (String kind : List.of("read", "write")) {
                for (String target : order) {
                    long cpuBefore = processCpuNanos();
                    long start = System.nanoTime();
                    drive(driver, threads, targets.get(target), kind, requests);
                    long wall = System.nanoTime() - start;
                    long used = processCpuNanos() - cpuBefore;
                    cpu.computeIfAbsent(target + " " + kind, k -> new ArrayList<>()).add(used / 1e6 / requests);
                    rates.computeIfAbsent(target + " " + kind, k -> new ArrayList<>()).add(requests / (wall / 1e9));
                }
            }
            order.add(order.remove(0));
            System.out.printf("round %d done, load average %s%n", round + 1, loadAverage());
        }
        System.out.printf("%n%d requests per run, %d rounds, %d driver threads; ms of CPU of the whole JVM per request%n",
                requests, rounds, threads);
        System.out.printf("%-18s %-6s %12s %14s %24s %12s%n", "target", "kind", "median", "gateway only", "per round",
                "requests/s");
        for (String kind : List.of("read", "write")) {
            List<Double> bare = cpu.get("bare " + kind);
            for (String target : targets.keySet()) {
                List<Double> values = cpu.get(target + " " + kind);
                List<Double> differences = new ArrayList<>();
                for (int i = 0; i < values.size(); i++) {
                    differences.add(values.get(i) - bare.get(i));
                }
                System.out.printf("%-18s %-6s %12.3f %14s %24s %12.0f%n", target, kind, median(values),
                        "bare".equals(target) ? "" : String.format("%.3f", median(differences)),
                        values.stream().map(v -> String.format("%.2f", v)).toList(), median(rates.get(target + " " + kind)));
            }
        }
        System.out.printf("load average at end: %s%n", loadAverage());
        driver.shutdown();
        gateways.forEach(ConfigurableApplicationContext::close);
        backend.stop(0);
    }

    private void drive(ExecutorService driver, int threads, String base, String kind, int requests) throws Exception {
        AtomicInteger left = new AtomicInteger(requests);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            running.add(driver.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    send(base, kind);
                }
                return null;
            }));
        }
        for (Future<?> thread : running) {
            thread.get();
        }
    }

    private void send(String base, String kind) throws IOException {
        boolean write = "write".equals(kind);
        URI uri = URI.create(base + "/api/public/petitions/bench/" + (write ? "signatures" : "count"));
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        connection.setRequestProperty("Accept", "application/json");
        connection.setRequestProperty("Accept-Language", "es");
        int client = clients.incrementAndGet() % 1000;
        connection.setRequestProperty("X-Forwarded-For", "10.9." + client / 250 + "." + client % 250);
        if (write) {
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/json");
            connection.setFixedLengthStreamingMode(SIGNATURE.length);
            try (OutputStream body = connection.getOutputStream()) {
                body.write(SIGNATURE);
            }
        }
        int status = connection.getResponseCode();
        try (InputStream answer = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            if (answer != null) {
                answer.readAllBytes();
            }
        }
        if (status != (write ? 201 : 200)) {
            throw new IllegalStateException(uri + " answered " + status);
        }
    }

    private static HttpServer backend() {
        // Without it the JDK server's separate writes of headers and body wait for delayed acknowledgements (40 ms).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
            server.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                boolean write = "POST".equals(exchange.getRequestMethod());
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                byte[] answer = write ? "{\"status\":\"pending\"}".getBytes(StandardCharsets.UTF_8) : COUNT;
                exchange.sendResponseHeaders(write ? 201 : 200, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.setExecutor(Executors.newFixedThreadPool(8));
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code variant}: a client factory, then any properties of the gateway after semicolons. */
    private static ConfigurableApplicationContext gateway(String variant, String backendUrl) {
        String[] parts = variant.split(";");
        List<String> properties = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--spring.http.clients.imperative.factory=" + parts[0],
                "--plaza.gateway.trusted-proxies=127.0.0.1/32",
                "--plaza.gateway.rate-limits.resident-writes.burst.capacity=100000000",
                "--plaza.gateway.rate-limits.resident-writes.sustained.capacity=100000000",
                "--spring.security.oauth2.client.registration.identity.client-secret=bench-secret"));
        for (String service : List.of("campaigns", "identity", "petitions", "comments", "outreach", "notifications",
                "insights", "supporters")) {
            properties.add("--plaza.services." + service + ".url=" + backendUrl);
        }
        for (int i = 1; i < parts.length; i++) {
            properties.add("--" + parts[i]);
        }
        SpringApplication application = new SpringApplication(GatewayApplication.class);
        application.setAdditionalProfiles("embedded");
        return application.run(properties.toArray(String[]::new));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "?";
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
