package org.plaza.testsupport.events;

import java.util.Map;

/**
 * An event read back from Kafka, with its record key, headers and place in the topic.
 *
 * @param <T> the event record, or {@code byte[]} for a raw record
 */
public record ReceivedEvent<T>(T event, String key, Map<String, String> headers, String topic, int partition,
        long offset) {

    public ReceivedEvent {
        headers = Map.copyOf(headers);
    }

    /** A header as text, or {@code null} when the record has none of that name. */
    public String header(String name) {
        return this.headers.get(name);
    }

    /** The CloudEvents id ({@code ce_id}). */
    public String id() {
        return header(CloudEventHeaders.ID);
    }

    /** The CloudEvents type ({@code ce_type}). */
    public String type() {
        return header(CloudEventHeaders.TYPE);
    }

}
