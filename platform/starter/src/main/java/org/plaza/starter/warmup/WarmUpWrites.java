package org.plaza.starter.warmup;

import java.time.Duration;

import org.plaza.starter.outbox.OutboxRelay;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A service's write path rehearsed before it reports ready, on documents nobody sees: a {@link WarmUp} builds
 * entities of the service's own classes with their real methods (raising their real events) and {@link #insert}s and
 * {@link #save}s them here, which runs what a first resident's write would run (the mapping and its conversions,
 * the entity callbacks with the outbox's JSON payloads, the driver's codecs, MongoDB's insert and update) into the
 * collection {@value OutboxRelay#WARM_UP_COLLECTION}. The outbox relay publishes those documents' events, as it
 * would any, through the Kafka producer, but to {@value OutboxRelay#WARM_UP_TOPIC}, which no service consumes, and
 * never registers the collection. {@link #finish} waits for the relay and empties the collection.
 */
public class WarmUpWrites {

    /** The collection of the rehearsals. */
    public static final String COLLECTION = OutboxRelay.WARM_UP_COLLECTION;

    private final MongoTemplate mongo;
    private final ObjectProvider<OutboxRelay> relay;

    public WarmUpWrites(MongoTemplate mongo, ObjectProvider<OutboxRelay> relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    /** Inserts a new entity into the warm-up collection (as a repository's {@code insert}). */
    public <T> T insert(T entity) {
        return mongo.insert(entity, COLLECTION);
    }

    /** Saves a changed entity, its version checked and raised (as a repository's {@code save}). */
    public <T> T save(T entity) {
        return mongo.save(entity, COLLECTION);
    }

    /** Reads an entity back by its id, through the mapping (as a repository's {@code findById}). */
    public <T> T read(Object id, Class<T> type) {
        return mongo.findById(id, type, COLLECTION);
    }

    /**
     * Waits, at most {@code patience}, until the relay has published every event raised so far (to the warm-up
     * topic), then deletes every document of the warm-up collection.
     */
    public void finish(Duration patience) throws InterruptedException {
        OutboxRelay outbox = relay.getIfAvailable();
        long deadline = System.nanoTime() + patience.toNanos();
        while (outbox != null && outbox.backlog() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        mongo.remove(new Query(), COLLECTION);
    }
}
