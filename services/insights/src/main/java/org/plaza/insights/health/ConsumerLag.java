package org.plaza.insights.health;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * Consumer lag per group: committed offsets of each consumer group against the end of its
 * partitions, read with the Kafka admin client.
 */
@Component
public class ConsumerLag implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ConsumerLag.class);
    private static final long TIMEOUT_SECONDS = 5;

    private final KafkaAdmin kafkaAdmin;
    private volatile Admin admin;
    private volatile List<GroupLag> last = List.of();
    private volatile String error;

    ConsumerLag(KafkaAdmin kafkaAdmin) {
        this.kafkaAdmin = kafkaAdmin;
    }

    /**
     * One consumer group's lag.
     *
     * @param group   the group id
     * @param lag     records not yet consumed, over every partition it has committed on
     * @param byTopic the same, per topic
     */
    public record GroupLag(String group, long lag, Map<String, Long> byTopic) {
    }

    public List<GroupLag> groups() {
        return last;
    }

    /** Why the last measurement failed, or null. */
    public String error() {
        return error;
    }

    /**
     * Three admin calls whatever the number of groups: the consumer groups, the committed offsets of all of them (one
     * request per group coordinator) and the end offsets of every partition any of them committed on.
     */
    public void measure() {
        try {
            Admin client = admin();
            Map<String, ListConsumerGroupOffsetsSpec> groups = new HashMap<>();
            for (GroupListing listing : client.listGroups(ListGroupsOptions.forConsumerGroups()).all()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                groups.put(listing.groupId(), new ListConsumerGroupOffsetsSpec());
            }
            Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = groups.isEmpty() ? Map.of()
                    : client.listConsumerGroupOffsets(groups).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.values().forEach(offsets -> offsets.forEach((partition, offset) -> {
                if (offset != null) {
                    latest.put(partition, OffsetSpec.latest());
                }
            }));
            Map<TopicPartition, ListOffsetsResultInfo> ends = latest.isEmpty() ? Map.of()
                    : client.listOffsets(latest).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<GroupLag> lags = new ArrayList<>();
            committed.forEach((group, offsets) -> {
                Map<String, Long> byTopic = new TreeMap<>();
                offsets.forEach((partition, offset) -> {
                    if (offset != null) {
                        ListOffsetsResultInfo end = ends.get(partition);
                        long lag = end == null ? 0 : Math.max(0, end.offset() - offset.offset());
                        byTopic.merge(partition.topic(), lag, Long::sum);
                    }
                });
                if (!byTopic.isEmpty()) {
                    lags.add(new GroupLag(group, byTopic.values().stream().mapToLong(Long::longValue).sum(), byTopic));
                }
            });
            lags.sort(Comparator.comparing(GroupLag::group));
            last = List.copyOf(lags);
            error = null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            error = e.getClass().getSimpleName();
            log.debug("Could not measure consumer lag", e);
        }
    }

    private Admin admin() {
        if (admin == null) {
            synchronized (this) {
                if (admin == null) {
                    Map<String, Object> config = new HashMap<>(kafkaAdmin.getConfigurationProperties());
                    config.put("request.timeout.ms", (int) Duration.ofSeconds(TIMEOUT_SECONDS).toMillis());
                    config.put("default.api.timeout.ms", (int) Duration.ofSeconds(TIMEOUT_SECONDS * 2).toMillis());
                    admin = Admin.create(config);
                }
            }
        }
        return admin;
    }

    @Override
    public void destroy() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
