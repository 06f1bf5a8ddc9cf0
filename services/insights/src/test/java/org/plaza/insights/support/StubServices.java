package org.plaza.insights.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A healthy service on loopback that answers {@code /actuator/health} and {@code /actuator/prometheus}
 * with an outbox backlog, and the address of a service that is down (a port nobody listens on).
 */
public final class StubServices {

    public static final double BACKLOG = 3;
    public static final double OLDEST_AGE_SECONDS = 12.5;

    private static HttpServer healthy;
    private static int closedPort;

    private StubServices() {
    }

    /** Points the health checks of petitions at the healthy stub and of comments at the dead port. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Wiring {

        @Bean
        DynamicPropertyRegistrar stubServices() {
            return registry -> {
                registry.add("plaza.services.petitions.url", StubServices::healthyUrl);
                registry.add("plaza.services.comments.url", StubServices::downUrl);
            };
        }
    }

    public static synchronized String healthyUrl() {
        if (healthy == null) {
            try {
                healthy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            healthy.createContext("/actuator/health", exchange -> answer(exchange, "application/json",
                    "{\"status\":\"UP\",\"groups\":[\"liveness\",\"readiness\"]}"));
            healthy.createContext("/actuator/prometheus", exchange -> answer(exchange, "text/plain; version=0.0.4",
                    """
                    # HELP plaza_outbox_backlog Aggregates with events waiting to be published
                    # TYPE plaza_outbox_backlog gauge
                    plaza_outbox_backlog{application="petitions",service="petitions"} %s
                    # HELP plaza_outbox_oldest_age_seconds Age in seconds of the oldest event waiting to be published
                    # TYPE plaza_outbox_oldest_age_seconds gauge
                    plaza_outbox_oldest_age_seconds{service="petitions"} %s
                    plaza_events_dead_lettered_total{group="petitions",service="petitions",topic="plaza.campaigns",type="x"} 2.0
                    """.formatted(BACKLOG, OLDEST_AGE_SECONDS)));
            healthy.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> healthy.stop(0)));
        }
        return "http://127.0.0.1:" + healthy.getAddress().getPort();
    }

    public static synchronized String downUrl() {
        if (closedPort == 0) {
            try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                closedPort = socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return "http://127.0.0.1:" + closedPort;
    }

    private static void answer(HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
