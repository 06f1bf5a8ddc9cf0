package org.plaza.devstack.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class BrokerPropertiesTest {

    @Test
    void singleKraftNodeOnLoopbackWithSixPartitionsAndNoRebalanceDelay() throws Exception {
        assertThat(rendered())
                .containsEntry("process.roles", "broker,controller")
                .containsEntry("controller.quorum.voters", "1@127.0.0.1:19093")
                .containsEntry("listeners", "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093")
                .containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:19092")
                .containsEntry("log.dirs", "/data/kafka/data")
                .containsEntry("auto.create.topics.enable", "true")
                .containsEntry("num.partitions", "6")
                .containsEntry("offsets.topic.num.partitions", "1")
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("min.insync.replicas", "1")
                .containsEntry("group.initial.rebalance.delay.ms", "0");
    }

    @Test
    void theLogCleanerKeepsAnEightMegabyteKeyMapInsteadOfHoldingOneHundredTwentyEightOnTheHeap() throws Exception {
        assertThat(rendered()).containsEntry("log.cleaner.dedupe.buffer.size", "8388608");
    }

    @Test
    void fewThreadsAndAnIdleMetadataLogThatWritesEveryFiveSeconds() throws Exception {
        assertThat(rendered())
                .containsEntry("num.network.threads", "1")
                .containsEntry("num.io.threads", "2")
                .containsEntry("background.threads", "2")
                .containsEntry("group.coordinator.threads", "1")
                .containsEntry("metadata.max.idle.interval.ms", "5000");
    }

    /** The file as the broker reads it, for a broker on ports 19092 and 19093. */
    private static Properties rendered() throws Exception {
        Properties properties = new Properties();
        properties.load(new StringReader(BrokerProperties.render(
                BrokerProperties.of(Path.of("/data/kafka/data"), 19092, 19093))));
        return properties;
    }
}
