package org.plaza.insights;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the insights service reads and shows the platform.
 *
 * @param timeZone         zone of the hour and day buckets and of the times on pages and reports
 * @param deadlineHorizon  how far ahead "upcoming deadlines" look
 * @param liveInterval     how often live counters are recomputed and pushed when something changed
 * @param recentWindow     the window of "recent" alerts: spikes, notification failures, dead letters
 * @param healthInterval   how old the health (services, outboxes, consumer lag) may be while someone watches it: a
 *                         check runs this often then, and a page or API answer that finds it older checks first
 * @param healthTimeout    how long one service may take to answer a health check or a scrape
 * @param healthIdleInterval how often the health is checked while nobody watches it (longer than
 *                         {@code healthInterval}): every check makes each service compute its consumer lag
 * @param healthWatchWindow how long a look at the health (a page, the API, a read of the health gauges) counts as
 *                         someone watching; an open live overview counts all the time
 */
@ConfigurationProperties("plaza.insights")
public record InsightsSettings(
        @DefaultValue("America/Los_Angeles") ZoneId timeZone,
        @DefaultValue("14d") Duration deadlineHorizon,
        @DefaultValue("1s") Duration liveInterval,
        @DefaultValue("24h") Duration recentWindow,
        @DefaultValue("10s") Duration healthInterval,
        @DefaultValue("2s") Duration healthTimeout,
        @DefaultValue("5m") Duration healthIdleInterval,
        @DefaultValue("1m") Duration healthWatchWindow) {
}
