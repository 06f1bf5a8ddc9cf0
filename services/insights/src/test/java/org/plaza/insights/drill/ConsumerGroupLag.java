package org.plaza.insights.drill;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How many records a consumer group has not yet committed: the end offsets of the topics minus the
 * group's committed offsets (a partition without a committed offset counts from its beginning).
 */
final class ConsumerGroupLag implements AutoCloseable {

    private final Admin admin;

    ConsumerGroupLag(String bootstrapServers) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "insights-drill-lag"));
    }

    /** Records of these topics the group has not committed yet. */
    long of(String group, Collection<String> topics) {
        Map<String, TopicDescription> descriptions = get(admin.describeTopics(topics).allTopicNames());
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        descriptions.values().forEach(topic -> topic.partitions().forEach(partition -> {
            TopicPartition tp = new TopicPartition(topic.name(), partition.partition());
            latest.put(tp, OffsetSpec.latest());
            earliest.put(tp, OffsetSpec.earliest());
        }));
        return lag(group, latest, earliest);
    }

    /** Records the group has not committed yet, on the partitions it has committed offsets for. */
    long ofCommitted(String group) {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        committed(group).keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
        return lag(group, latest, latest);
    }

    private long lag(String group, Map<TopicPartition, OffsetSpec> latest, Map<TopicPartition, OffsetSpec> earliest) {
        if (latest.isEmpty()) {
            return 0;
        }
        Map<TopicPartition, ListOffsetsResultInfo> ends = get(admin.listOffsets(latest).all());
        Map<TopicPartition, ListOffsetsResultInfo> beginnings = latest == earliest ? ends
                : get(admin.listOffsets(earliest).all());
        Map<TopicPartition, OffsetAndMetadata> committed = committed(group);
        long lag = 0;
        for (Map.Entry<TopicPartition, ListOffsetsResultInfo> end : ends.entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            long from = done != null ? done.offset() : beginnings.get(end.getKey()).offset();
            lag += Math.max(0, end.getValue().offset() - from);
        }
        return lag;
    }

    private Map<TopicPartition, OffsetAndMetadata> committed(String group) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>(
                get(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()));
        offsets.values().removeIf(java.util.Objects::isNull);
        return offsets;
    }

    static List<String> domainTopics() {
        return List.of("plaza.campaigns", "plaza.petitions", "plaza.comments", "plaza.outreach", "plaza.notifications",
                "plaza.identity", "plaza.supporters");
    }

    @Override
    public void close() {
        admin.close();
    }

    private static <T> T get(org.apache.kafka.common.KafkaFuture<T> future) {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka admin call failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
