package org.plaza.insights.health;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The platform's health as the dashboard shows it.
 *
 * @param services             each service: up or down, outbox backlog and age
 * @param consumerLag          lag per consumer group
 * @param lagError             why lag could not be measured, or null
 * @param deadLetters          dead letters in total
 * @param deadLetterCounts     by group, topic and type
 * @param latestDeadLetters    the most recent ones with their errors
 * @param notificationFailures notification failures in the recent window
 * @param failuresByReason     those by reason code
 * @param failuresByService    those by requesting service
 * @param spikes               signature-rate spikes in the recent window, newest first
 * @param windowHours          the recent window, in hours
 */
public record HealthReport(List<ServiceStatus> services, List<ConsumerLag.GroupLag> consumerLag, String lagError,
        long deadLetters, List<DeadLetterLog.Count> deadLetterCounts, List<DeadLetterLog.Entry> latestDeadLetters,
        long notificationFailures, Map<String, Long> failuresByReason, Map<String, Long> failuresByService,
        List<Spike> spikes, long windowHours) {

    /** A signature-rate spike on a petition. */
    public record Spike(String petitionId, String campaignId, String titleEs, String titleEn, Instant windowStart,
            Instant windowEnd, long signaturesInWindow, double perMinute, double baselinePerMinute, Instant detectedAt)
            implements org.plaza.insights.stats.Titled {

        @Override
        public String id() {
            return petitionId;
        }
    }

    public long servicesUp() {
        return services.stream().filter(ServiceStatus::up).count();
    }

    public long totalLag() {
        return consumerLag.stream().mapToLong(ConsumerLag.GroupLag::lag).sum();
    }
}
