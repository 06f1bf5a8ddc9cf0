package org.plaza.starter.outbox;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

import org.plaza.events.EventTypes;
import org.plaza.events.PlazaEvent;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;

/**
 * One event waiting in an aggregate's outbox: its CloudEvents attributes and its JSON payload, which
 * is fixed when the aggregate is saved, so a republished event is byte for byte the same. A
 * {@linkplain #tombstone() tombstone} has no payload: the relay sends a record with a null value for its
 * subject (the key) on the compacted topic of its type, which deletes the key there.
 */
public final class PendingEvent {

    private final String eventId;
    private final String type;
    private final String subject;
    private final Instant occurredAt;
    private String payload;
    private final boolean tombstone;

    @Transient
    private final PlazaEvent event;

    /** As read from MongoDB; an entry written before tombstones existed has no {@code tombstone} field. */
    @PersistenceCreator
    PendingEvent(String eventId, String type, String subject, Instant occurredAt, String payload, Boolean tombstone) {
        this(eventId, type, subject, occurredAt, payload, Boolean.TRUE.equals(tombstone), null);
    }

    private PendingEvent(String eventId, String type, String subject, Instant occurredAt, String payload,
            boolean tombstone, PlazaEvent event) {
        this.eventId = eventId;
        this.type = type;
        this.subject = subject;
        this.occurredAt = occurredAt;
        this.payload = payload;
        this.tombstone = tombstone;
        this.event = event;
    }

    static PendingEvent of(PlazaEvent event) {
        Objects.requireNonNull(event, "event");
        String subject = Objects.requireNonNull(event.subject(), "event subject");
        return new PendingEvent(UUID.randomUUID().toString(), EventTypes.typeOf(event.getClass()), subject,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), null, false, event);
    }

    /** The deletion of {@code key} on the (compacted) topic that carries {@code keyedBy}. */
    static PendingEvent tombstone(Class<? extends PlazaEvent> keyedBy, String key) {
        Objects.requireNonNull(key, "key");
        return new PendingEvent(UUID.randomUUID().toString(), EventTypes.typeOf(keyedBy), key,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), null, true, null);
    }

    public String id() {
        return eventId;
    }

    public String type() {
        return type;
    }

    public String subject() {
        return subject;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String payload() {
        return payload;
    }

    /** Whether this is a tombstone: a record without a value that deletes {@link #subject()} on its topic. */
    public boolean tombstone() {
        return tombstone;
    }

    PlazaEvent event() {
        return event;
    }

    void payload(String json) {
        this.payload = json;
    }
}
