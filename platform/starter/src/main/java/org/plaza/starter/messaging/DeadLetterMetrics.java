package org.plaza.starter.messaging;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.cloud.stream.binder.kafka.utils.DlqPartitionFunction;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Called by the Kafka binder for every record it sends to a dead-letter topic: counts it by
 * consumer group, topic and event type, logs why, and keeps the record's original partition.
 */
class DeadLetterMetrics implements DlqPartitionFunction {

    private static final Log log = LogFactory.getLog(DeadLetterMetrics.class);

    private final MeterRegistry meters;

    DeadLetterMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public Integer apply(String group, ConsumerRecord<?, ?> record, Throwable error) {
        Header type = record.headers().lastHeader(CloudEvent.TYPE);
        String typeName = type == null ? "unknown" : CloudEvent.text(type.value());
        meters.counter("plaza.events.dead.lettered", "group", String.valueOf(group), "topic", record.topic(),
                "type", typeName).increment();
        log.warn("Dead-lettering " + typeName + " from " + record.topic() + "-" + record.partition() + "@"
                + record.offset() + " for group " + group + ": " + (error == null ? "" : rootMessage(error)));
        return record.partition();
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
