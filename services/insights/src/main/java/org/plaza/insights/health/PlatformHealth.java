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
import org.plaza.starter.jobs.JobTrigger;
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
 * Assembles the health report and keeps its live parts fresh while someone watches them: services and consumer
 * lag are checked by the job {@code insights.platform-health} (the first run at start-up) every
 * {@code plaza.insights.health-interval} while the health is watched (an open live overview, or a page, an API
 * answer or a read of the health gauges within {@code health-watch-window}), and only every
 * {@code health-idle-interval} while nobody looks. An answer that finds the check older than
 * {@code health-interval} checks first; a read of the gauges asks for a check at once instead, so a scrape never
 * waits. A check asks every service for its health and its metrics, which makes each of them compute its consumer
 * lag: on the embedded default, where nobody scrapes insights, nobody watching means the platform is left alone.
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
    private final JobTrigger checkNow = new JobTrigger();
    private volatile Runnable afterCheck = () -> { };
    private volatile Instant lastCheck;
    private volatile Instant lastWatched = Instant.MIN;
    private volatile boolean checking;

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
        return PlazaJob.every("insights.platform-health", settings.healthInterval(), health::checkWhenDue)
                .startingAfter(Duration.ZERO).triggeredBy(health.checkNow, () -> health.checkIfOlderThan(
                        settings.healthInterval()));
    }

    /** The job's run: a check when the last one is older than the interval of a watched or an unwatched health. */
    void checkWhenDue() {
        checkIfOlderThan(watched() ? settings.healthInterval() : settings.healthIdleInterval());
    }

    /**
     * Someone looks at the health now (a live overview calls this on each of its ticks): checks run every
     * {@code health-interval} for the next {@code health-watch-window}, the first at once if the last is older.
     */
    public void watching() {
        lastWatched = clock.instant();
        if (olderThan(settings.healthInterval())) {
            checkNow.fire();
        }
    }

    private boolean watched() {
        return lastWatched.plus(settings.healthWatchWindow()).isAfter(clock.instant());
    }

    private boolean olderThan(Duration age) {
        Instant last = lastCheck;
        return last == null || !last.plus(age).isAfter(clock.instant());
    }

    /** Checks now unless the last check is younger than {@code age}; callers at the same time share one check. */
    synchronized void checkIfOlderThan(Duration age) {
        if (olderThan(age)) {
            check();
        }
    }

    /** Checks services and lag now. */
    synchronized void check() {
        lastCheck = clock.instant();
        checking = true;
        try {
            probes.checkAll();
        } finally {
            checking = false;
        }
        lag.measure();
        List<MultiGauge.Row<?>> lags = new ArrayList<>();
        lag.groups().forEach(group -> group.byTopic().forEach((topic, value) -> lags.add(
                MultiGauge.Row.of(Tags.of("group", group.group(), "topic", topic), this, health -> health.read(value)))));
        lagGauge.register(lags, true);
        upGauge.register(probes.statuses().stream().<MultiGauge.Row<?>>map(status -> MultiGauge.Row.of(
                Tags.of("target", status.name()), this, health -> health.read(status.up() ? 1 : 0))).toList(), true);
        afterCheck.run();
    }

    /** Something to do after each background check, e.g. push the news to live dashboards. */
    public void afterCheck(Runnable listener) {
        this.afterCheck = listener;
    }

    /**
     * A gauge's value as the last check left it. Being read (a scrape) counts as someone watching, except while a
     * check runs: that is the check scraping this service itself.
     */
    private double read(long value) {
        if (!checking) {
            watching();
        }
        return value;
    }

    /** The health now: checked first if the last check is older than {@code health-interval}. */
    public HealthReport report() {
        lastWatched = clock.instant();
        checkIfOlderThan(settings.healthInterval());
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
