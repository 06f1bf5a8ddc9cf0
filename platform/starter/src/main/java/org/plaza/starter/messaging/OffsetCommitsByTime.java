package org.plaza.starter.messaging;

import java.time.Duration;

import org.springframework.cloud.stream.binder.ExtendedConsumerProperties;
import org.springframework.cloud.stream.binder.kafka.KafkaListenerContainerCustomizer;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaConsumerProperties;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.ContainerProperties.AckMode;

/**
 * Makes every Kafka consumer binding commit its offsets by time ({@link AckMode#TIME}, at most once per
 * {@link OffsetCommitSettings#commitInterval()}) instead of after every poll, Spring Kafka's default. At a few events
 * a second each poll holds one record, so a commit per poll was an OffsetCommit round trip, and an append to
 * {@code __consumer_offsets}, per record and consuming group.
 *
 * <p>The binder builds its listener containers itself: Boot's {@code spring.kafka.listener.*} properties configure
 * only the {@code @KafkaListener} container factory and never reach them, and the binder's own {@code ack-mode}
 * property has no ack time. Hence this customizer, which the binder calls for each consumer binding it creates. A
 * binding that sets its own {@code spring.cloud.stream.kafka.bindings.<name>.consumer.ack-mode} keeps it.
 *
 * <p>Spring Kafka commits what was handled when a container stops and when its partitions are revoked, whatever the
 * ack mode, so only a crash (SIGKILL, out of memory) leaves handled records uncommitted; they are delivered again,
 * which the consumers' idempotence absorbs. The binder takes one container customizer: a service that needs its own
 * must call this one from it.
 */
public class OffsetCommitsByTime implements KafkaListenerContainerCustomizer {

    private final Duration interval;

    public OffsetCommitsByTime(Duration interval) {
        this.interval = interval;
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
            ExtendedConsumerProperties<KafkaConsumerProperties> binding) {
        if (binding.getExtension().getAckMode() != null) {
            return;
        }
        ContainerProperties properties = container.getContainerProperties();
        properties.setAckMode(AckMode.TIME);
        properties.setAckTime(interval.toMillis());
    }
}
