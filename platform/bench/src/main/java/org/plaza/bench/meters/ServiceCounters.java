package org.plaza.bench.meters;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.plaza.bench.meters.Prometheus.Series;

/**
 * One service's counters at one moment, summed over the labels the bench does not look at (status, cluster, client):
 * MongoDB commands by name ({@code find}, {@code insert} …) and by collection and name ({@code signatures find}),
 * from the driver's command timer; Kafka records sent by topic, from the producers' metrics; and the events its
 * consumers took ({@code plaza.events.consumed}, every outcome), which tell when the platform has gone quiet.
 */
public record ServiceCounters(Map<String, Double> mongoCommands, Map<String, Double> mongoCommandsByCollection,
        Map<String, Double> kafkaRecordsByTopic, double eventsConsumed) {

    /** Micrometer's timer of every MongoDB command the driver sends (tags {@code command}, {@code collection} …). */
    public static final String MONGO_COMMANDS = "mongodb_driver_commands_seconds_count";
    /** The Kafka producers' records sent per topic (tags {@code topic}, {@code client_id} …). */
    public static final String KAFKA_RECORDS = "kafka_producer_topic_record_send_total";
    /** The starter's count of the events each consumer took. */
    public static final String EVENTS_CONSUMED = "plaza_events_consumed_total";

    public static ServiceCounters of(List<Series> series) {
        return new ServiceCounters(sum(series, MONGO_COMMANDS, s -> s.label("command")),
                sum(series, MONGO_COMMANDS, s -> s.label("collection") + " " + s.label("command")),
                sum(series, KAFKA_RECORDS, s -> s.label("topic")),
                series.stream().filter(s -> s.name().equals(EVENTS_CONSUMED)).mapToDouble(Series::value).sum());
    }

    /** Kafka records sent and events consumed, all topics: what still moves while the platform works. */
    public double traffic() {
        return kafkaRecordsByTopic.values().stream().mapToDouble(Double::doubleValue).sum() + eventsConsumed;
    }

    private static Map<String, Double> sum(List<Series> series, String metric, Function<Series, String> key) {
        Map<String, Double> sums = new TreeMap<>();
        series.stream().filter(s -> s.name().equals(metric))
                .forEach(s -> sums.merge(key.apply(s).strip(), s.value(), Double::sum));
        return sums;
    }
}
