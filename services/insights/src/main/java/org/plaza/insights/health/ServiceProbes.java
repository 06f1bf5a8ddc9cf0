package org.plaza.insights.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.plaza.insights.InsightsSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks every configured service, over loopback, for {@code /actuator/health} and scrapes its
 * {@code /actuator/prometheus} for the outbox backlog, the outbox's oldest pending age and dead
 * letters. Works without a Prometheus server: the dashboard reads the same text Prometheus would.
 */
@Component
public class ServiceProbes {

    static final String BACKLOG = "plaza_outbox_backlog";
    static final String OLDEST_AGE = "plaza_outbox_oldest_age_seconds";
    static final String DEAD_LETTERED = "plaza_events_dead_lettered_total";

    private static final Logger log = LoggerFactory.getLogger(ServiceProbes.class);

    private final PlatformServices services;
    private final InsightsSettings settings;
    private final JsonMapper json;
    private final Clock clock;
    private final HttpClient http;
    private final Map<String, ServiceStatus> last = new ConcurrentHashMap<>();
    private final String self;
    private volatile URI selfUrl;

    ServiceProbes(PlatformServices services, InsightsSettings settings, JsonMapper json, Clock clock,
            Environment environment) {
        this.services = services;
        this.self = environment.getProperty("spring.application.name", "insights");
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.healthTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** This service answers where it actually listens, whatever the configuration says. */
    @EventListener
    void listening(WebServerInitializedEvent event) {
        selfUrl = URI.create("http://127.0.0.1:" + event.getWebServer().getPort());
    }

    /** The last check of each service, by name; services not checked yet are UNKNOWN. */
    public List<ServiceStatus> statuses() {
        List<ServiceStatus> statuses = new ArrayList<>();
        services.services().forEach((name, address) -> statuses.add(last.getOrDefault(name,
                new ServiceStatus(name, String.valueOf(url(name, address.url())), ServiceStatus.State.UNKNOWN, null,
                        null, null, null, null))));
        return statuses;
    }

    /** Checks every service at once and waits for all answers (each bounded by the health timeout). */
    public void checkAll() {
        List<CompletableFuture<ServiceStatus>> checks = new ArrayList<>();
        services.services().forEach((name, address) -> checks.add(check(name, url(name, address.url()))));
        for (CompletableFuture<ServiceStatus> check : checks) {
            ServiceStatus status = check.join();
            ServiceStatus previous = last.put(status.name(), status);
            if (previous != null && previous.state() != status.state()) {
                log.info("Service {} is now {} ({})", status.name(), status.state(), status.detail());
            }
        }
    }

    private URI url(String name, URI configured) {
        return name.equals(self) && selfUrl != null ? selfUrl : configured;
    }

    private CompletableFuture<ServiceStatus> check(String name, URI base) {
        Instant at = clock.instant();
        String url = String.valueOf(base);
        return get(base, "/actuator/health").thenCompose(health -> {
            String reported = healthStatus(health.body());
            boolean up = health.statusCode() == 200 && "UP".equals(reported);
            String detail = reported != null ? reported : "HTTP " + health.statusCode();
            return get(base, "/actuator/prometheus")
                    .thenApply(scrape -> {
                        PrometheusText text = scrape.statusCode() == 200 ? PrometheusText.parse(scrape.body())
                                : PrometheusText.parse("");
                        return new ServiceStatus(name, url, up ? ServiceStatus.State.UP : ServiceStatus.State.DOWN,
                                detail, value(text.sum(BACKLOG)), value(text.max(OLDEST_AGE)),
                                value(text.sum(DEAD_LETTERED)), at);
                    })
                    .exceptionally(e -> new ServiceStatus(name, url,
                            up ? ServiceStatus.State.UP : ServiceStatus.State.DOWN, detail, null, null, null, at));
        }).exceptionally(e -> new ServiceStatus(name, url, ServiceStatus.State.DOWN, unreachable(e), null, null, null, at));
    }

    private CompletableFuture<HttpResponse<String>> get(URI base, String path) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(settings.healthTimeout())
                .header("Accept", path.endsWith("prometheus") ? "text/plain" : "application/json").GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    private String healthStatus(String body) {
        try {
            JsonNode status = json.readTree(body).get("status");
            return status == null ? null : status.asString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Double value(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    private static String unreachable(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause instanceof java.net.http.HttpTimeoutException ? "timeout" : "unreachable";
    }
}
