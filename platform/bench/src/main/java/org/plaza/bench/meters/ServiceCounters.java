package org.plaza.bench.meters;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.plaza.bench.meters.Prometheus.Series;

/**
 * One service's counters at one moment, summed over the labels the bench does not look at (status, cluster, client):
 * MongoDB commands by name ({@code find}, {@code insert} …) and by collection and name ({@code signatures find}),
 * from the driver's command timer; Kafka records sent by topic, from the producers' metrics; the requests its Kafka
 * clients sent, by kind (see {@link #kafkaRequestsByKind}); and the events its consumers took
 * ({@code plaza.events.consumed}, every outcome), which tell when the platform has gone quiet.
 *
 * @param kafkaRequestsByKind requests of all the service's Kafka clients: {@code fetch}, {@code commit} (offset
 *                            commits), {@code heartbeat}, {@code consumer other} (metadata, offsets asked, group
 *                            joins …) and {@code producer} (produce and the producers' metadata)
 */
public record ServiceCounters(Map<String, Double> mongoCommands, Map<String, Double> mongoCommandsByCollection,
        Map<String, Double> kafkaRecordsByTopic, Map<String, Double> kafkaRequestsByKind, double eventsConsumed) {

    /** Micrometer's timer of every MongoDB command the driver sends (tags {@code command}, {@code collection} …). */
    public static final String MONGO_COMMANDS = "mongodb_driver_commands_seconds_count";
    /** The Kafka producers' records sent per topic (tags {@code topic}, {@code client_id} …). */
    public static final String KAFKA_RECORDS = "kafka_producer_topic_record_send_total";
    /** The starter's count of the events each consumer took. */
    public static final String EVENTS_CONSUMED = "plaza_events_consumed_total";
    /** Every request a Kafka consumer sent (each client's total, tag {@code client_id}). */
    public static final String CONSUMER_REQUESTS = "kafka_consumer_request_total";
    /** Every request a Kafka producer sent. */
    public static final String PRODUCER_REQUESTS = "kafka_producer_request_total";
    /** The consumers' fetch requests, offset commits and heartbeats, each also in {@link #CONSUMER_REQUESTS}. */
    public static final String FETCHES = "kafka_consumer_fetch_manager_fetch_total";
    public static final String COMMITS = "kafka_consumer_coordinator_commit_total";
    public static final String HEARTBEATS = "kafka_consumer_coordinator_heartbeat_total";

    public static ServiceCounters of(List<Series> series) {
        return new ServiceCounters(sum(series, MONGO_COMMANDS, s -> s.label("command")),
                sum(series, MONGO_COMMANDS, s -> s.label("collection") + " " + s.label("command")),
                sum(series, KAFKA_RECORDS, s -> s.label("topic")), kafkaRequests(series),
                series.stream().filter(s -> s.name().equals(EVENTS_CONSUMED)).mapToDouble(Series::value).sum());
    }

    /** The clients' requests by kind; the consumers' other requests are their total less the kinds counted apart. */
    private static Map<String, Double> kafkaRequests(List<Series> series) {
        Map<String, Double> kinds = new TreeMap<>();
        double fetches = clientTotal(series, FETCHES);
        double commits = clientTotal(series, COMMITS);
        double heartbeats = clientTotal(series, HEARTBEATS);
        double consumers = clientTotal(series, CONSUMER_REQUESTS);
        double producers = clientTotal(series, PRODUCER_REQUESTS);
        if (consumers > 0) {
            kinds.put("fetch", fetches);
            kinds.put("commit", commits);
            kinds.put("heartbeat", heartbeats);
            kinds.put("consumer other", Math.max(0, consumers - fetches - commits - heartbeats));
        }
        if (producers > 0) {
            kinds.put("producer", producers);
        }
        return kinds;
    }

    /** A client metric summed over the clients, leaving out per-topic, per-partition and per-node series. */
    private static double clientTotal(List<Series> series, String metric) {
        return series.stream().filter(s -> s.name().equals(metric))
                .filter(s -> !s.labels().containsKey("topic") && !s.labels().containsKey("partition")
                        && !s.labels().containsKey("node_id"))
                .mapToDouble(Series::value).sum();
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
