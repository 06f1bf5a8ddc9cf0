package org.plaza.testsupport.events;

import java.util.Map;

import org.apache.kafka.common.TopicPartition;

/**
 * The end of some topics at one moment, captured before a stimulus so that a test waits only
 * for what happened after it. A partition it does not know is read from its beginning.
 */
public record Position(Map<TopicPartition, Long> offsets) {

    public Position {
        offsets = Map.copyOf(offsets);
    }

    /** The offset to start reading a partition at. */
    long startOf(TopicPartition partition) {
        return this.offsets.getOrDefault(partition, 0L);
    }

}
