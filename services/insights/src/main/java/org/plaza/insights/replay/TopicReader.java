package org.plaza.insights.replay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads topics from their beginning to the end they had when reading began, partition by partition
 * in offset order, with a consumer that belongs to no group (nothing is committed, no other
 * consumer is disturbed).
 */
final class TopicReader {

    private static final Duration POLL = Duration.ofMillis(200);

    private final Map<String, Object> config;

    TopicReader(String bootstrapServers) {
        this.config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "insights-replay-" + UUID.randomUUID());
    }

    /**
     * Reads every record of the topics that existed when it began.
     *
     * @param total  told the number of records to read once it is known
     * @param record given each record in partition order
     */
    void read(Set<String> topics, LongConsumer total, Consumer<ConsumerRecord<byte[], byte[]>> record) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
                if (infos != null) {
                    infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
                }
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            total.accept(partitions.stream().mapToLong(p -> ends.get(p) - beginnings.get(p)).sum());
            consumer.seekToBeginning(partitions);
            Set<TopicPartition> remaining = new HashSet<>();
            for (TopicPartition partition : partitions) {
                if (ends.get(partition) > beginnings.get(partition)) {
                    remaining.add(partition);
                } else {
                    consumer.pause(List.of(partition));
                }
            }
            while (!remaining.isEmpty()) {
                for (ConsumerRecord<byte[], byte[]> received : consumer.poll(POLL)) {
                    TopicPartition partition = new TopicPartition(received.topic(), received.partition());
                    if (received.offset() < ends.get(partition)) {
                        record.accept(received);
                    }
                }
                for (TopicPartition partition : List.copyOf(remaining)) {
                    if (consumer.position(partition) >= ends.get(partition)) {
                        remaining.remove(partition);
                        consumer.pause(List.of(partition));
                    }
                }
            }
        }
    }
}
