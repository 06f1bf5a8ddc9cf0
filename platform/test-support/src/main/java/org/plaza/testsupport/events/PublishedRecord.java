package org.plaza.testsupport.events;

import java.util.Map;

/** Where a record a test published landed, and the headers it carried. */
public record PublishedRecord(String topic, int partition, long offset, String key, Map<String, String> headers) {

    public PublishedRecord {
        headers = Map.copyOf(headers);
    }

    /** The CloudEvents id ({@code ce_id}), or {@code null} for a raw record without one. */
    public String id() {
        return this.headers.get(CloudEventHeaders.ID);
    }

}
