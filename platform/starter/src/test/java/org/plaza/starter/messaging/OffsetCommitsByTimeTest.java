package org.plaza.starter.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.stream.binder.ExtendedConsumerProperties;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaConsumerProperties;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.ContainerProperties.AckMode;

class OffsetCommitsByTimeTest {

    private final OffsetCommitsByTime commits = new OffsetCommitsByTime(Duration.ofSeconds(1));

    @Test
    void aBindingCommitsAtMostOnceAnIntervalInsteadOfAfterEveryPoll() {
        ConcurrentMessageListenerContainer<byte[], byte[]> container = container();

        commits.configure(container, "plaza.petitions", "insights", binding(null));

        assertThat(container.getContainerProperties().getAckMode()).isEqualTo(AckMode.TIME);
        assertThat(container.getContainerProperties().getAckTime()).isEqualTo(1000);
    }

    @Test
    void aBindingThatChoosesItsOwnAckModeKeepsIt() {
        ConcurrentMessageListenerContainer<byte[], byte[]> container = container();
        container.getContainerProperties().setAckMode(AckMode.RECORD);

        commits.configure(container, "plaza.petitions", "insights", binding(AckMode.RECORD));

        assertThat(container.getContainerProperties().getAckMode()).isEqualTo(AckMode.RECORD);
    }

    private static ConcurrentMessageListenerContainer<byte[], byte[]> container() {
        return new ConcurrentMessageListenerContainer<>(new DefaultKafkaConsumerFactory<>(Map.of()),
                new ContainerProperties("plaza.petitions"));
    }

    private static ExtendedConsumerProperties<KafkaConsumerProperties> binding(AckMode ackMode) {
        KafkaConsumerProperties kafka = new KafkaConsumerProperties();
        kafka.setAckMode(ackMode);
        return new ExtendedConsumerProperties<>(kafka);
    }
}
