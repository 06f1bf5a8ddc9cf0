package org.plaza.insights.dashboard;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.plaza.insights.InsightsSettings;
import org.plaza.insights.health.PlatformHealth;
import org.plaza.insights.projection.messaging.ProjectionGate;
import org.plaza.insights.replay.Replay;
import org.plaza.starter.jobs.PlazaJob;
import org.plaza.starter.security.StaffMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Server-Sent Events for open dashboards. Handling an event, a health check or replay progress marks
 * the numbers as changed; at most every {@code plaza.insights.live-interval} the numbers are
 * recomputed once per kind of page (scope and language) and sent to the pages whose numbers differ
 * from what they last got. When computing takes long (large projections on the embedded store), the
 * next computation waits at least as long again, so live updates never take more than half the time.
 * A comment line every 15 s keeps idle connections open through proxies. While an operator's overview is open, the
 * platform's health counts as watched, so it is checked every {@code plaza.insights.health-interval}.
 */
@Component
class LiveStream implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveStream.class);
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);
    private static final long TIMEOUT_MILLIS = Duration.ofMinutes(10).toMillis();

    private final DashboardData data;
    private final LiveValues values;
    private final JsonMapper json;
    private final PlatformHealth health;
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean changed = new AtomicBoolean(true);
    private volatile Instant lastHeartbeat = Instant.now();
    private volatile Instant nextComputation = Instant.now();

    LiveStream(DashboardData data, LiveValues values, JsonMapper json,
            ProjectionGate gate, PlatformHealth health, Replay replay, MeterRegistry meters) {
        this.data = data;
        this.values = values;
        this.json = json;
        this.health = health;
        gate.afterEachLiveMessage(this::markChanged);
        health.afterCheck(this::markChanged);
        replay.onProgress(this::markChanged);
        Gauge.builder("plaza.insights.live.subscribers", subscribers, Set::size)
                .description("Dashboards connected for live updates").register(meters);
    }

    /** What a page shows: the overview (campaignId null) or one campaign, for a viewer in a language. */
    private record Subscriber(SseEmitter emitter, StaffMember viewer, Locale locale, String campaignId, String[] last,
            boolean seesEverything) {

        /** An operator's overview, which shows the platform's health. */
        boolean watchesHealth() {
            return campaignId == null && seesEverything;
        }

        String pageKey() {
            return (campaignId == null ? "*" : campaignId) + "|" + locale.getLanguage() + "|"
                    + (seesEverything ? "*" : viewer.id());
        }
    }

    SseEmitter subscribe(StaffMember viewer, Locale locale, String campaignId) {
        SseEmitter emitter = new SseEmitter(TIMEOUT_MILLIS);
        Subscriber subscriber = new Subscriber(emitter, viewer, locale, campaignId, new String[1],
                data.seesEverything(viewer));
        subscribers.add(subscriber);
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onTimeout(() -> subscribers.remove(subscriber));
        emitter.onError(error -> subscribers.remove(subscriber));
        try {
            emitter.send(SseEmitter.event().reconnectTime(3000).comment("live"));
        } catch (IOException e) {
            subscribers.remove(subscriber);
        }
        markChanged();
        return emitter;
    }

    void markChanged() {
        changed.set(true);
    }

    /** Pushes news to live dashboards as the job {@code insights.live-stream}, every {@code plaza.insights.live-interval}. */
    @Bean
    static PlazaJob liveStreamJob(LiveStream stream, InsightsSettings settings) {
        return PlazaJob.every("insights.live-stream", settings.liveInterval(), stream::tick).startingAfter(Duration.ZERO);
    }

    void tick() {
        if (subscribers.isEmpty()) {
            return;
        }
        if (subscribers.stream().anyMatch(Subscriber::watchesHealth)) {
            health.watching();
        }
        Instant started = Instant.now();
        if (started.isBefore(nextComputation)) {
            return;
        }
        boolean heartbeat = Duration.between(lastHeartbeat, started).compareTo(HEARTBEAT) >= 0;
        if (!changed.getAndSet(false) && !heartbeat) {
            return;
        }
        if (heartbeat) {
            lastHeartbeat = Instant.now();
        }
        Map<String, String> payloads = new HashMap<>();
        for (Subscriber subscriber : subscribers) {
            try {
                String payload = payloads.computeIfAbsent(subscriber.pageKey(), key -> payload(subscriber));
                if (!Objects.equals(payload, subscriber.last()[0])) {
                    subscriber.emitter().send(SseEmitter.event().name("update").data(payload));
                    subscriber.last()[0] = payload;
                } else if (heartbeat) {
                    subscriber.emitter().send(SseEmitter.event().comment("still here"));
                }
            } catch (IOException | IllegalStateException e) {
                subscribers.remove(subscriber);
            } catch (RuntimeException e) {
                log.warn("Could not compute a live update: {}", e.toString());
                changed.set(true);
            }
        }
        Duration took = Duration.between(started, Instant.now());
        nextComputation = Instant.now().plus(took);
    }

    private String payload(Subscriber subscriber) {
        LiveValues.Payload payload = subscriber.campaignId() == null
                ? values.of(data.overview(subscriber.viewer()), subscriber.locale())
                : values.of(data.campaign(subscriber.viewer(), subscriber.campaignId()), subscriber.locale());
        return json.writeValueAsString(payload);
    }

    @Override
    public void destroy() {
        subscribers.forEach(subscriber -> subscriber.emitter().complete());
        subscribers.clear();
    }
}
