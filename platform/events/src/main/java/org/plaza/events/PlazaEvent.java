package org.plaza.events;

/**
 * A domain event: a small record of a fact in the past tense.
 *
 * <p>Every implementation is a record annotated with {@link EventType} and
 * {@code @JsonIgnoreProperties(ignoreUnknown = true)}, so that a consumer of version N reads
 * payloads that a newer producer enriched with additional fields.
 */
public interface PlazaEvent {

    /**
     * The id of the aggregate this event is about. It travels as the CloudEvents
     * {@code ce_subject} header and is the Kafka record key, so it decides which events stay
     * in order relative to each other. It is a plain method, not a record component, and is
     * therefore not part of the JSON payload.
     */
    String subject();

}
