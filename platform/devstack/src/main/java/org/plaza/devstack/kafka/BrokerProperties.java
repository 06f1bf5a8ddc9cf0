package org.plaza.devstack.kafka;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The single-node broker's {@code server.properties}: KRaft combined mode on loopback, replication
 * factors of 1, one offsets partition and no initial rebalance delay (consumer groups settle at once),
 * auto-created topics with 6 partitions, and threads and idle work sized for one small machine. The log
 * cleaner (compacted topics: consumer offsets, the contact hand-over) keeps an {@value #CLEANER_DEDUPE_BUFFER_BYTES}-byte key map instead of Kafka's default 128 MB, which it
 * allocates on the heap at start-up and holds for the broker's life: it was 170 MB of a freshly started broker's
 * 190 MB old generation. 8 MB maps about 350,000 keys per cleaning pass, far more than a local stack holds.
 */
final class BrokerProperties {

    static final int CLEANER_DEDUPE_BUFFER_BYTES = 8 * 1024 * 1024;

    private BrokerProperties() {
    }

    static Map<String, String> of(Path logDir, int port, int controllerPort) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        p.put("num.partitions", "6");
        p.put("auto.create.topics.enable", "true");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(CLEANER_DEDUPE_BUFFER_BYTES));
        // One local node on a small machine: threads sized for a few hundred requests a second, not a cluster's
        // (defaults 3 network, 8 I/O, 10 background, 4 group coordinator threads; one offsets partition keeps one
        // coordinator thread busy at most), and the controller's no-op record, which keeps an idle metadata log
        // moving (a raft append and flush), every 5 s instead of twice a second.
        p.put("num.network.threads", "1");
        p.put("num.io.threads", "2");
        p.put("background.threads", "2");
        p.put("group.coordinator.threads", "1");
        p.put("metadata.max.idle.interval.ms", "5000");
        return p;
    }

    static String render(Map<String, String> properties) {
        return properties.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue().replace("\\", "\\\\"))
                .collect(Collectors.joining("\n", "# Written by ./plaza up on every start; edit BrokerProperties instead.\n", "\n"));
    }
}
