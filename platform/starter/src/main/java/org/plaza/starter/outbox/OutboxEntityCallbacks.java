package org.plaza.starter.outbox;

import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveCallback;
import org.springframework.data.mongodb.core.mapping.event.BeforeConvertCallback;

import tools.jackson.databind.json.JsonMapper;

/**
 * Fixes each new event's JSON payload just before its aggregate is written, and hints the relay
 * once the write is acknowledged, with the pending events as written, so events usually reach Kafka within
 * milliseconds without the relay reading the document again.
 */
class OutboxEntityCallbacks implements BeforeConvertCallback<OutboxAggregate>, AfterSaveCallback<OutboxAggregate> {

    private final JsonMapper json;
    private final ObjectProvider<OutboxRelay> relay;

    OutboxEntityCallbacks(JsonMapper json, ObjectProvider<OutboxRelay> relay) {
        this.json = json;
        this.relay = relay;
    }

    @Override
    public OutboxAggregate onBeforeConvert(OutboxAggregate aggregate, String collection) {
        for (PendingEvent pending : aggregate.pendingEvents()) {
            if (pending.payload() == null && pending.event() != null) {
                pending.payload(json.writeValueAsString(pending.event()));
            }
        }
        return aggregate;
    }

    @Override
    public OutboxAggregate onAfterSave(OutboxAggregate aggregate, Document document, String collection) {
        List<PendingEvent> pending = aggregate.pendingEvents();
        if (!pending.isEmpty()) {
            Instant oldest = pending.stream().map(PendingEvent::occurredAt).min(Instant::compareTo).orElse(null);
            relay.ifAvailable(r -> r.hint(collection, document.get("_id"), oldest, OutboxRelay.Written.of(document)));
        }
        return aggregate;
    }
}
