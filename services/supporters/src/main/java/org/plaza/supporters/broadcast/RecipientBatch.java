package org.plaza.supporters.broadcast;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.plaza.starter.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One stretch of a broadcast's audience, in supporter-id order, written once with the notification requests of its
 * reachable recipients in its outbox: the relay publishes them, and the document stays as the record of who was
 * queued and who was skipped. Its id, {@code <broadcastId>:<number>}, is what makes a resumed queue write each stretch
 * once: a second insert of the same number fails on the unique {@code _id}.
 */
@Document(RecipientBatch.COLLECTION)
class RecipientBatch extends OutboxAggregate {

    static final String COLLECTION = "broadcast_batches";

    @Id
    private String id;
    private String broadcastId;
    private int number;
    /** The supporters queued in this stretch. */
    private List<String> queued = new ArrayList<>();
    private int skipped;
    /** Queued recipients per language (es, en). */
    private Map<String, Integer> queuedByLanguage = new TreeMap<>();
    /** Skipped supporters per language (es, en). */
    private Map<String, Integer> skippedByLanguage = new TreeMap<>();
    /** The last supporter id of the stretch, queued or skipped: where the next one starts. */
    private String last;
    private Instant at;

    RecipientBatch() {
    }

    RecipientBatch(Broadcast broadcast, int number, Instant at) {
        this.id = id(broadcast.id(), number);
        this.broadcastId = broadcast.id();
        this.number = number;
        this.at = at;
    }

    static String id(String broadcastId, int number) {
        return broadcastId + ":" + String.format("%07d", number);
    }

    void add(Broadcast broadcast, Recipient recipient, Instant now) {
        if (recipient.reachable()) {
            raise(broadcast.requestFor(recipient, now));
            queued.add(recipient.supporterId());
            queuedByLanguage.merge(recipient.language(), 1, Integer::sum);
        } else {
            skipped++;
            skippedByLanguage.merge(recipient.language(), 1, Integer::sum);
        }
        last = recipient.supporterId();
    }

    int size() {
        return queued.size() + skipped;
    }

    List<String> queued() {
        return queued;
    }

    int skipped() {
        return skipped;
    }

    Map<String, Integer> queuedByLanguage() {
        return queuedByLanguage == null ? Map.of() : queuedByLanguage;
    }

    Map<String, Integer> skippedByLanguage() {
        return skippedByLanguage == null ? Map.of() : skippedByLanguage;
    }

    String last() {
        return last;
    }

    int number() {
        return number;
    }
}
