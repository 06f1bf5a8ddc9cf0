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

    public void measure() {
        try {
            Admin client = admin();
            List<String> groupIds = new ArrayList<>();
            for (GroupListing listing : client.listGroups(ListGroupsOptions.forConsumerGroups()).all()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                groupIds.add(listing.groupId());
            }
            List<GroupLag> lags = new ArrayList<>();
            for (String group : groupIds) {
                Map<TopicPartition, OffsetAndMetadata> committed = client.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                committed.values().removeIf(java.util.Objects::isNull);
                if (committed.isEmpty()) {
                    continue;
                }
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
                Map<TopicPartition, ListOffsetsResultInfo> ends = client.listOffsets(latest).all()
                        .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                Map<String, Long> byTopic = new TreeMap<>();
                committed.forEach((partition, offset) -> {
                    ListOffsetsResultInfo end = ends.get(partition);
                    long lag = end == null ? 0 : Math.max(0, end.offset() - offset.offset());
                    byTopic.merge(partition.topic(), lag, Long::sum);
                });
                lags.add(new GroupLag(group, byTopic.values().stream().mapToLong(Long::longValue).sum(), byTopic));
            }
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
