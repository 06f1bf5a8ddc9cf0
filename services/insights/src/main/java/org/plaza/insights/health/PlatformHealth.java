package org.plaza.insights.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.plaza.insights.InsightsSettings;
import org.plaza.insights.projection.Facts;
import org.plaza.starter.jobs.PlazaJob;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

/**
 * Assembles the health report and keeps its live parts fresh: services and consumer lag are checked
 * every {@code plaza.insights.health-interval} in the background (the job {@code insights.platform-health}, the
 * first run at start-up), the rest is read when asked.
 */
@Service
public class PlatformHealth {

    private final ServiceProbes probes;
    private final ConsumerLag lag;
    private final DeadLetterLog deadLetters;
    private final MongoTemplate mongo;
    private final InsightsSettings settings;
    private final Clock clock;
    private final MultiGauge lagGauge;
    private final MultiGauge upGauge;
    private volatile Runnable afterCheck = () -> { };

    PlatformHealth(ServiceProbes probes, ConsumerLag lag, DeadLetterLog deadLetters, MongoTemplate mongo,
            InsightsSettings settings, Clock clock, MeterRegistry meters) {
        this.probes = probes;
        this.lag = lag;
        this.deadLetters = deadLetters;
        this.mongo = mongo;
        this.settings = settings;
        this.clock = clock;
        this.lagGauge = MultiGauge.builder("plaza.insights.consumer.lag")
                .description("Records a consumer group has not consumed yet, per topic").register(meters);
        this.upGauge = MultiGauge.builder("plaza.insights.target.up")
                .description("1 when a platform service answered its health check UP, else 0").register(meters);
    }

    @Bean
    static PlazaJob platformHealthJob(PlatformHealth health, InsightsSettings settings) {
        return PlazaJob.every("insights.platform-health", settings.healthInterval(), health::check)
                .startingAfter(Duration.ZERO);
    }

    /** Checks services and lag now. */
    public void check() {
        probes.checkAll();
        lag.measure();
        List<MultiGauge.Row<?>> lags = new ArrayList<>();
        lag.groups().forEach(group -> group.byTopic().forEach((topic, value) -> lags.add(
                MultiGauge.Row.of(Tags.of("group", group.group(), "topic", topic), value))));
        lagGauge.register(lags, true);
        upGauge.register(probes.statuses().stream().<MultiGauge.Row<?>>map(status -> MultiGauge.Row.of(
                Tags.of("target", status.name()), status.up() ? 1 : 0)).toList(), true);
        afterCheck.run();
    }

    /** Something to do after each background check, e.g. push the news to live dashboards. */
    public void afterCheck(Runnable listener) {
        this.afterCheck = listener;
    }

    public HealthReport report() {
        Instant since = clock.instant().minus(settings.recentWindow());
        List<Document> failures = mongo.getCollection(Facts.NOTIFICATION_FAILURES)
                .find(Filters.gte("at", Date.from(since))).into(new ArrayList<>());
        return new HealthReport(probes.statuses(), lag.groups(), lag.error(), deadLetters.total(), deadLetters.counts(),
                deadLetters.latest(10), failures.size(), countBy(failures, "reasonCode"),
                countBy(failures, "requestingService"), spikes(since), settings.recentWindow().toHours());
    }

    private List<HealthReport.Spike> spikes(Instant since) {
        List<HealthReport.Spike> spikes = new ArrayList<>();
        for (Document doc : mongo.getCollection(Facts.SPIKES).find(Filters.gte("detectedAt", Date.from(since)))
                .sort(Sorts.descending("detectedAt")).limit(20)) {
            Document petition = mongo.getCollection(Facts.ITEMS)
                    .find(Filters.eq("_id", Facts.itemKey(Facts.PETITION, doc.getString("petitionId")))).first();
            spikes.add(new HealthReport.Spike(doc.getString("petitionId"), doc.getString("campaignId"),
                    petition == null ? null : petition.getString("titleEs"),
                    petition == null ? null : petition.getString("titleEn"), instant(doc, "windowStart"),
                    instant(doc, "windowEnd"), ((Number) doc.get("signaturesInWindow")).longValue(),
                    ((Number) doc.get("perMinute")).doubleValue(), ((Number) doc.get("baselinePerMinute")).doubleValue(),
                    instant(doc, "detectedAt")));
        }
        return spikes;
    }

    private static Map<String, Long> countBy(List<Document> docs, String field) {
        Map<String, Long> counts = new LinkedHashMap<>();
        docs.stream().map(d -> String.valueOf(d.get(field))).sorted()
                .forEach(value -> counts.merge(value, 1L, Long::sum));
        return counts;
    }

    private static Instant instant(Document doc, String field) {
        return doc.get(field) instanceof Date date ? date.toInstant() : null;
    }
}
