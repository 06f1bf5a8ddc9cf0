package org.plaza.insights.support;

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
 * group's committed offsets (a partition without a committed offset counts from its beginning). The
 * group commits a record's offset only once its handler is done with it (handled, skipped, or sent to the
 * dead-letter topic), so no lag against the end offsets read after publishing means every record published
 * before was taken.
 */
public final class ConsumerGroupLag implements AutoCloseable {

    private final Admin admin;

    public ConsumerGroupLag(String bootstrapServers) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "insights-test-lag"));
    }

    /** Records of these topics the group has not committed yet. */
    public long of(String group, Collection<String> topics) {
        return behind(group, ends(topics));
    }

    /** The end offset of every partition of these topics now: where a group must have committed to have taken all. */
    public Map<TopicPartition, Long> ends(Collection<String> topics) {
        Map<String, TopicDescription> descriptions = get(admin.describeTopics(topics).allTopicNames());
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        descriptions.values().forEach(topic -> topic.partitions().forEach(partition ->
                latest.put(new TopicPartition(topic.name(), partition.partition()), OffsetSpec.latest())));
        return offsets(latest);
    }

    /** Records before these offsets that the group has not committed yet. */
    public long behind(String group, Map<TopicPartition, Long> ends) {
        if (ends.isEmpty()) {
            return 0;
        }
        Map<TopicPartition, OffsetAndMetadata> committed = committed(group);
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        ends.keySet().stream().filter(tp -> !committed.containsKey(tp))
                .forEach(tp -> earliest.put(tp, OffsetSpec.earliest()));
        Map<TopicPartition, Long> beginnings = earliest.isEmpty() ? Map.of() : offsets(earliest);
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            long from = done != null ? done.offset() : beginnings.get(end.getKey());
            lag += Math.max(0, end.getValue() - from);
        }
        return lag;
    }

    /** Records the group has not committed yet, on the partitions it has committed offsets for. */
    public long ofCommitted(String group) {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        committed(group).keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
        return latest.isEmpty() ? 0 : behind(group, offsets(latest));
    }

    private Map<TopicPartition, Long> offsets(Map<TopicPartition, OffsetSpec> specs) {
        Map<TopicPartition, ListOffsetsResultInfo> found = get(admin.listOffsets(specs).all());
        Map<TopicPartition, Long> offsets = new HashMap<>();
        found.forEach((tp, info) -> offsets.put(tp, info.offset()));
        return offsets;
    }

    private Map<TopicPartition, OffsetAndMetadata> committed(String group) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>(
                get(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()));
        offsets.values().removeIf(java.util.Objects::isNull);
        return offsets;
    }

    /** The topics the projections are built from. */
    public static List<String> domainTopics() {
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
