package org.plaza.starter.warmup;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;

/**
 * Runs the warm-up as the service's last {@link ApplicationRunner}: Spring Boot calls runners after the context has
 * started (web server listening, Kafka bindings started) and turns readiness to {@code ACCEPTING_TRAFFIC} only when
 * they have all returned, so the launcher, a load balancer or Kubernetes send no traffic until the warm-up is done.
 * First the {@link WarmUp} beans, then {@code rounds} rounds of the configured {@link SelfRequest}s, each round in the
 * next language. Nothing here fails the start: a failed step is logged and skipped, and rounds stop at the time limit.
 */
public class WarmUpRunner implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(WarmUpRunner.class);

    private final WarmUpSettings settings;
    private final List<WarmUp> warmUps;
    private final List<SelfRequest> requests;
    private final String host;
    private final IntSupplier port;

    WarmUpRunner(WarmUpSettings settings, List<WarmUp> warmUps, String host, IntSupplier port) {
        this.settings = settings;
        this.warmUps = warmUps;
        this.requests = settings.requests().stream().map(SelfRequest::parse).toList();
        this.host = host;
        this.port = port;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (warmUps.isEmpty() && requests.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        for (WarmUp warmUp : warmUps) {
            try {
                warmUp.warmUp();
            } catch (Exception e) {
                log.warn("Warm-up step {} failed; the service starts without it: {}", warmUp.getClass().getName(),
                        e.toString());
            }
        }
        int sent = 0;
        int rounds = 0;
        Map<String, Integer> statuses = new TreeMap<>();
        int serverPort = requests.isEmpty() ? -1 : port.getAsInt();
        long deadline = started + settings.timeLimit().toNanos();
        if (serverPort > 0) {
            for (; rounds < settings.rounds() && System.nanoTime() < deadline; rounds++) {
                String language = settings.languages().isEmpty() ? "en"
                        : settings.languages().get(rounds % settings.languages().size());
                for (SelfRequest request : requests) {
                    String outcome;
                    try {
                        int status = request.send(host, serverPort, language, settings.requestTimeout());
                        outcome = String.valueOf(status);
                        if (status >= 500) {
                            log.warn("Warm-up request {} answered {}", request, status);
                        }
                    } catch (Exception e) {
                        outcome = e.getClass().getSimpleName();
                        log.warn("Warm-up request {} failed: {}", request, e.toString());
                    }
                    statuses.merge(request + " " + outcome, 1, Integer::sum);
                    sent++;
                }
            }
        }
        log.info("Warmed up in {} ms: {} step(s), {} request(s) to itself in {} round(s) {}",
                Duration.ofNanos(System.nanoTime() - started).toMillis(), warmUps.size(), sent, rounds, statuses);
    }

    /** After every other runner: the warm-up is what stands between a started service and its readiness. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
