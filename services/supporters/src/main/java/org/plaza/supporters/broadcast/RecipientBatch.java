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
 * reachable recipients in its outbox (an email, a text, or both, by the broadcast's channel and each one's consent):
 * the relay publishes them, and the document stays as the record of who was emailed, who was texted and who was
 * skipped. Its id, {@code <broadcastId>:<number>}, is what makes a resumed queue write each stretch
 * once: a second insert of the same number fails on the unique {@code _id}.
 */
@Document(RecipientBatch.COLLECTION)
class RecipientBatch extends OutboxAggregate {

    static final String COLLECTION = "broadcast_batches";

    @Id
    private String id;
    private String broadcastId;
    private int number;
    /** The supporters emailed in this stretch. */
    private List<String> queued = new ArrayList<>();
    /** The supporters texted in this stretch. */
    private List<String> texted = new ArrayList<>();
    private int skipped;
    /** Queued recipients per language (es, en). */
    private Map<String, Integer> queuedByLanguage = new TreeMap<>();
    /** Skipped supporters per language (es, en). */
    private Map<String, Integer> skippedByLanguage = new TreeMap<>();
    /** Texted recipients per language (es, en). */
    private Map<String, Integer> textedByLanguage = new TreeMap<>();
    /** Every supporter of the stretch per language (es, en). */
    private Map<String, Integer> audienceByLanguage = new TreeMap<>();
    /** The last supporter id of the stretch, queued or skipped: where the next one starts. */
    private String last;
    private int size;
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

    /** The recipient's email and text, by the broadcast's channel and their consent; skipped when neither goes. */
    void add(Broadcast broadcast, Recipient recipient, Instant now) {
        String language = recipient.language();
        boolean email = broadcast.channel().emailsTo(recipient.emailable());
        boolean text = broadcast.channel().textsTo(recipient.textable());
        if (email) {
            raise(broadcast.requestFor(recipient, now));
            queued.add(recipient.supporterId());
            queuedByLanguage.merge(language, 1, Integer::sum);
        }
        if (text) {
            raise(broadcast.textRequestFor(recipient, now));
            texted.add(recipient.supporterId());
            textedByLanguage.merge(language, 1, Integer::sum);
        }
        if (!email && !text) {
            skipped++;
            skippedByLanguage.merge(language, 1, Integer::sum);
        }
        audienceByLanguage.merge(language, 1, Integer::sum);
        size++;
        last = recipient.supporterId();
    }

    /** The supporters of the stretch, whatever they got. */
    int size() {
        return size;
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

    List<String> texted() {
        return texted == null ? List.of() : texted;
    }

    Map<String, Integer> textedByLanguage() {
        return textedByLanguage == null ? Map.of() : textedByLanguage;
    }

    Map<String, Integer> audienceByLanguage() {
        return audienceByLanguage == null ? Map.of() : audienceByLanguage;
    }

    String last() {
        return last;
    }

    int number() {
        return number;
    }
}
