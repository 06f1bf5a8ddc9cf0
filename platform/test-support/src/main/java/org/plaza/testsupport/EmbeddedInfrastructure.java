package org.plaza.testsupport;

import java.net.InetSocketAddress;
import java.util.Map;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The in-JVM Kafka broker and MongoDB server: one of each per JVM, started on first use and
 * shared by every Spring context, stopped when the JVM exits.
 */
final class EmbeddedInfrastructure {

    static final Map<String, String> BROKER_PROPERTIES = Map.of(
            "offsets.topic.num.partitions", "1",
            "group.initial.rebalance.delay.ms", "0",
            "auto.create.topics.enable", "true",
            "num.partitions", "3");

    private static final String LOOPBACK = "127.0.0.1";

    private static EmbeddedKafkaKraftBroker kafka;

    private static MongoServer mongo;

    private static InetSocketAddress mongoAddress;

    private EmbeddedInfrastructure() {
    }

    /** The bootstrap servers of the shared broker, starting it if needed. */
    static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
            broker.brokerProperties(BROKER_PROPERTIES);
            broker.brokerListProperty("plaza.test.kafka.bootstrap-servers");
            broker.afterPropertiesSet();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "plaza-test-kafka-shutdown"));
            kafka = broker;
        }
        return kafka.getBrokersAsString();
    }

    /** The address of the shared MongoDB server (memory backend), starting it if needed. */
    static synchronized InetSocketAddress mongoAddress() {
        if (mongo == null) {
            MongoServer server = new MongoServer(new MemoryBackend());
            server.bind(LOOPBACK, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "plaza-test-mongo-shutdown"));
            mongo = server;
            mongoAddress = server.getLocalAddress();
        }
        return mongoAddress;
    }

}
