package org.plaza.starter.outbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.plaza.events.PlazaEvent;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Field;

/**
 * Base class of every aggregate that announces what happened to it. A state-changing method checks
 * its invariant and calls {@link #raise(PlazaEvent)}; saving the aggregate stores the event in the
 * same document, and the {@link OutboxRelay} publishes it afterwards. The version field makes
 * concurrent writers retry instead of overwriting each other's pending events.
 */
public abstract class OutboxAggregate {

    /** Name of the document field that holds pending events. */
    public static final String OUTBOX_FIELD = "_outbox";

    @Field(OUTBOX_FIELD)
    private List<PendingEvent> outbox = new ArrayList<>();

    @Version
    private Long version;

    protected void raise(PlazaEvent event) {
        if (outbox == null) {
            outbox = new ArrayList<>();
        }
        outbox.add(PendingEvent.of(event));
    }

    /**
     * Deletes {@code key} on the compacted topic that carries {@code keyedBy} (a Kafka tombstone: the key with a
     * null value), in order with this aggregate's events: e.g. an erased supporter's contact hand-overs on
     * {@code plaza.supporters.contacts}. Consumers built with {@code EventHandlers} skip tombstones.
     */
    protected void raiseTombstone(Class<? extends PlazaEvent> keyedBy, String key) {
        if (outbox == null) {
            outbox = new ArrayList<>();
        }
        outbox.add(PendingEvent.tombstone(keyedBy, key));
    }

    /** Events raised and not yet confirmed by the broker, oldest first. */
    public List<PendingEvent> pendingEvents() {
        return outbox == null ? List.of() : Collections.unmodifiableList(outbox);
    }

    public Long version() {
        return version;
    }
}
