package org.plaza.bench.meters;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plaza.bench.report.BenchReport;
import org.plaza.bench.report.HtmlReport;
import org.plaza.bench.report.RunResult;

/** Prometheus parsing and the arithmetic of counts per operation, on fixed scrapes. */
class ServiceCountsTest {

    private static final String PETITIONS_BEFORE = """
            # HELP mongodb_driver_commands_seconds Timer of mongodb commands
            # TYPE mongodb_driver_commands_seconds summary
            mongodb_driver_commands_seconds_count{cluster_id="69f",collection="signatures",command="find",server_address="127.0.0.1:47017",status="SUCCESS"} 10
            mongodb_driver_commands_seconds_sum{cluster_id="69f",collection="signatures",command="find",server_address="127.0.0.1:47017",status="SUCCESS"} 0.5
            mongodb_driver_commands_seconds_count{cluster_id="69f",collection="signatures",command="find",server_address="127.0.0.1:47017",status="FAILED"} 2
            mongodb_driver_commands_seconds_count{cluster_id="69f",collection="petitions",command="find",server_address="127.0.0.1:47017",status="SUCCESS"} 5
            kafka_producer_topic_record_send_total{client_id="producer-1",kafka_version="4.1.2",topic="plaza.petitions.signatures"} 7.0
            jvm_threads_live_threads 40.0
            """;

    private static final String PETITIONS_AFTER = """
            mongodb_driver_commands_seconds_count{cluster_id="69f",collection="signatures",command="find",server_address="127.0.0.1:47017",status="SUCCESS"} 210
            mongodb_driver_commands_seconds_count{cluster_id="69f",collection="signatures",command="find",server_address="127.0.0.1:47017",status="FAILED"} 2
            mongodb_driver_commands_seconds_count{cluster_id="69f",collection="petitions",command="find",server_address="127.0.0.1:47017",status="SUCCESS"} 105
            mongodb_driver_commands_seconds_count{cluster_id="69f",collection="signatures",command="insert",server_address="127.0.0.1:47017",status="SUCCESS"} 100
            kafka_producer_topic_record_send_total{client_id="producer-1",kafka_version="4.1.2",topic="plaza.petitions.signatures"} 207.0
            kafka_producer_topic_record_send_total{client_id="producer-2",kafka_version="4.1.2",topic="plaza.petitions.signatures"} 100.0
            plaza_events_consumed_total{consumer="campaign-page",outcome="handled",type="plaza.petitions.signature-verified.v1"} 40.0
            plaza_events_consumed_total{consumer="campaign-page",outcome="ignored",type="plaza.petitions.petition-published.v1"} 2.0
            """;

    @Test
    void aSampleLineGivesItsNameLabelsAndValueWithEscapedCharactersInLabelValues() {
        Prometheus.Series series = Prometheus.parseLine(
                "http_server_requests_seconds_count{uri=\"/a\\\"b\\\\c\",status=\"200\",} 12.0 1700000000000").orElseThrow();

        assertThat(series.name()).isEqualTo("http_server_requests_seconds_count");
        assertThat(series.labels()).containsExactly(Map.entry("uri", "/a\"b\\c"), Map.entry("status", "200"));
        assertThat(series.value()).isEqualTo(12.0);
        assertThat(Prometheus.parseLine("process_uptime_seconds 3.5").orElseThrow().labels()).isEmpty();
        assertThat(Prometheus.parseLine("broken{a=\"x} 1")).isEmpty();
        assertThat(Prometheus.parseLine("no_value")).isEmpty();
        assertThat(Prometheus.parse(PETITIONS_BEFORE)).hasSize(6);
    }

    @Test
    void commandsAreSummedOverStatusAndClusterByNameAndByCollectionRecordsByTopicAndEventsConsumedInAll() {
        ServiceCounters counters = ServiceCounters.of(Prometheus.parse(PETITIONS_AFTER));

        assertThat(counters.mongoCommands()).containsExactly(Map.entry("find", 317.0), Map.entry("insert", 100.0));
        assertThat(counters.mongoCommandsByCollection()).containsEntry("signatures find", 212.0)
                .containsEntry("petitions find", 105.0).containsEntry("signatures insert", 100.0);
        assertThat(counters.kafkaRecordsByTopic()).containsExactly(Map.entry("plaza.petitions.signatures", 307.0));
        assertThat(counters.eventsConsumed()).isEqualTo(42.0);
        assertThat(counters.traffic()).as("records sent and events consumed").isEqualTo(349.0);
    }

    @Test
    void kafkaRequestsAreEachClientsTotalsByKindAndTheConsumersOtherRequestsAreWhatIsLeft() {
        ServiceCounters counters = ServiceCounters.of(Prometheus.parse("""
                kafka_consumer_request_total{client_id="consumer-g-1",kafka_version="4.1.2",spring_id="a"} 100.0
                kafka_consumer_request_total{client_id="consumer-g-2",kafka_version="4.1.2",spring_id="b"} 50.0
                kafka_consumer_node_request_total{client_id="consumer-g-1",node_id="node-1"} 99.0
                kafka_consumer_fetch_manager_fetch_total{client_id="consumer-g-1",kafka_version="4.1.2"} 60.0
                kafka_consumer_fetch_manager_fetch_total{client_id="consumer-g-2",kafka_version="4.1.2"} 30.0
                kafka_consumer_fetch_manager_fetch_total{client_id="consumer-g-2",topic="plaza.petitions"} 30.0
                kafka_consumer_coordinator_commit_total{client_id="consumer-g-1",kafka_version="4.1.2"} 20.0
                kafka_consumer_coordinator_heartbeat_total{client_id="consumer-g-1",kafka_version="4.1.2"} 10.0
                kafka_consumer_coordinator_heartbeat_total{client_id="consumer-g-2",kafka_version="4.1.2"} 5.0
                kafka_producer_request_total{client_id="producer-1",kafka_version="4.1.2"} 7.0
                """));

        assertThat(counters.kafkaRequestsByKind()).containsExactly(Map.entry("commit", 20.0),
                Map.entry("consumer other", 25.0), Map.entry("fetch", 90.0), Map.entry("heartbeat", 15.0),
                Map.entry("producer", 7.0));
        assertThat(ServiceCounters.of(Prometheus.parse(PETITIONS_BEFORE)).kafkaRequestsByKind()).isEmpty();
    }

    @Test
    void perOperationIsTheGrowthOverTheWindowDividedByTheOperationsCountingNewCommandsFromZero() {
        Map<String, ServiceCounters> start = Map.of("petitions", ServiceCounters.of(Prometheus.parse(PETITIONS_BEFORE)));
        Map<String, ServiceCounters> end = Map.of("petitions", ServiceCounters.of(Prometheus.parse(PETITIONS_AFTER)),
                "gateway", ServiceCounters.of(List.of()));
        Map<String, ServiceCounters> restEnd = Map.of("petitions", ServiceCounters.of(Prometheus.parse(
                PETITIONS_BEFORE.replace("collection=\"petitions\",command=\"find\",server_address=\"127.0.0.1:47017\","
                        + "status=\"SUCCESS\"} 5", "collection=\"petitions\",command=\"find\",server_address=\"127.0.0.1:47017\","
                        + "status=\"SUCCESS\"} 8"))));

        PerOperation mongo = PerOperation.of("MongoDB commands", "command", start, end, ServiceCounters::mongoCommands,
                ServiceCounters::mongoCommandsByCollection, 100, 70, start, restEnd, 10);

        assertThat(mongo.services()).containsOnlyKeys("petitions");
        PerOperation.Service petitions = mongo.services().get("petitions");
        assertThat(petitions.count()).isEqualTo(400.0);
        assertThat(petitions.perOperation()).isEqualTo(4.0);
        assertThat(petitions.perOperationByKey()).containsExactly(Map.entry("find", 3.0), Map.entry("insert", 1.0));
        assertThat(petitions.perOperationByDetail()).containsEntry("signatures find", 2.0)
                .containsEntry("petitions find", 1.0).containsEntry("signatures insert", 1.0);
        assertThat(petitions.atRestPerSecond()).isEqualTo(0.3);
        assertThat(mongo.perOperation()).isEqualTo(4.0);
        assertThat(mongo.perOperationByKey()).containsExactly(Map.entry("find", 3.0), Map.entry("insert", 1.0));

        PerOperation kafka = PerOperation.of("Kafka records sent", "topic", start, end,
                ServiceCounters::kafkaRecordsByTopic, null, 100, 70, Map.of(), Map.of(), 0);
        assertThat(kafka.perOperation()).isEqualTo(3.0);
        assertThat(kafka.services().get("petitions").atRestPerSecond()).isNull();
        assertThat(PerOperation.of("x", "y", start, end, ServiceCounters::mongoCommands, null, 0, 70, Map.of(), Map.of(), 0)
                .perOperation()).isNull();
    }

    @Test
    void theServicesAreThePidFileLinesThatAreNotInfrastructureAtTheirFirstPort() {
        String pids = "# Plaza devstack processes: name pid start-epoch-millis ports\n"
                + "launcher 100 1700000000000 -\nkafka 101 1 29092,29093\nmongo 102 0 47017\nmail 103 1 23025,28025\n"
                + "sms 104 1 8326\ngateway 105 1 8380\npetitions 106 1 8383\nbroken 107 1 -\n";

        assertThat(ServiceMeters.endpoints(pids, "127.0.0.1")).containsExactly(
                Map.entry("gateway", URI.create("http://127.0.0.1:8380/actuator/prometheus")),
                Map.entry("petitions", URI.create("http://127.0.0.1:8383/actuator/prometheus")));
    }

    @Test
    void theHtmlReportHasATableOfCommandsPerOperationWithAColumnPerCommand() {
        Map<String, ServiceCounters> start = Map.of("petitions", ServiceCounters.of(Prometheus.parse(PETITIONS_BEFORE)));
        Map<String, ServiceCounters> end = Map.of("petitions", ServiceCounters.of(Prometheus.parse(PETITIONS_AFTER)));
        PerOperation mongo = PerOperation.of("MongoDB commands", "command", start, end, ServiceCounters::mongoCommands,
                ServiceCounters::mongoCommandsByCollection, 100, 70, Map.of(), Map.of(), 0);
        RunResult run = new RunResult("sign", "open model", 60, 10, 100, 1.7, new RunResult.Latency(1, 2, 3, 4), Map.of(),
                List.of(), null, Map.of(), null, Map.of(), mongo, null);

        String html = HtmlReport.render(new BenchReport("2026-12-07T00:00:00Z",
                new BenchReport.Machine(2, 1024, 24000, "Linux", "Java 17"), "embedded", "http://127.0.0.1:8080/", run,
                null, null, null, "./plaza bench --scenario sign"));

        assertThat(html).contains("MongoDB commands per operation", "<th>find</th><th>insert</th>",
                "<td>petitions</td><td>4.00</td><td>3.00</td><td>1.00</td>");
    }
}
