package org.plaza.testsupport.sample;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/** A test-only event, on the topic {@code plaza.sample}. */
@EventType("plaza.sample.sample-recorded.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record SampleRecorded(String sampleId, String community, Instant recordedAt) implements PlazaEvent {

    @Override
    public String subject() {
        return sampleId;
    }

}
