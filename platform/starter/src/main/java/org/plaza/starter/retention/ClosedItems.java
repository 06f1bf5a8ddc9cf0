package org.plaza.starter.retention;


import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The retention rule "a holder's documents are due {@code after} their item closed": the item (a petition, a
 * drive) lives in its own collection with the time it closed and a marker the kit reads to skip items already
 * done. The holder's documents name their item in {@code linkedBy}.
 *
 * <pre>{@code
 * ClosedItems.in("drives").linkedBy("driveId").markedAt("personalDataErasedAt").versioned()
 *         .where(Criteria.where("status").is("CLOSED")).after(settings.anonymizeAfter())
 *         .then(packets::eraseFiles)
 * }</pre>
 *
 * <p>For each due item the kit anonymizes the item's documents, runs {@link #then} (if any), then marks the item:
 * {@code $set} of the marker to the run's time (and {@code $inc} of {@code version} when {@link #versioned}), or
 * the service's own {@link #markedBy} (which may go through its domain). Declared once, while the service builds
 * its holder.
 */
public final class ClosedItems {

    /** Something done with one item of a run: its id and the run's time. */
    @FunctionalInterface
    public interface ItemAction {
        void apply(String itemId, Instant at);
    }

    private final String collection;
    private String linkedBy;
    private String closedAt = "closedAt";
    private String markedAt;
    private Duration after;
    private boolean versioned;
    private final List<Criteria> conditions = new ArrayList<>();
    private ItemAction then;
    private ItemAction markedBy;

    private ClosedItems(String collection) {
        this.collection = Objects.requireNonNull(collection, "collection");
    }

    /** Items kept in {@code collection}, keyed by {@code _id}. */
    public static ClosedItems in(String collection) {
        return new ClosedItems(collection);
    }

    /** The field of the holder's documents that holds the item's id (e.g. {@code petitionId}). */
    public ClosedItems linkedBy(String holderField) {
        this.linkedBy = holderField;
        return this;
    }

    /** The item's field with the time it closed; {@code closedAt} unless said otherwise. */
    public ClosedItems closedAt(String field) {
        this.closedAt = field;
        return this;
    }

    /** The item's field set once its documents are anonymized; an item with it set is not looked at again. */
    public ClosedItems markedAt(String field) {
        this.markedAt = field;
        return this;
    }

    /** How long after closing the item's documents are kept. */
    public ClosedItems after(Duration retention) {
        this.after = retention;
        return this;
    }

    /** Items are versioned documents ({@code OutboxAggregate}): the default marking also increments {@code version}. */
    public ClosedItems versioned() {
        this.versioned = true;
        return this;
    }

    /** A further condition on the items (e.g. their status), on top of having closed long enough ago. */
    public ClosedItems where(Criteria condition) {
        this.conditions.add(condition);
        return this;
    }

    /** Runs for each item after its documents are anonymized and before it is marked. */
    public ClosedItems then(ItemAction action) {
        this.then = action;
        return this;
    }

    /** Marks an item the service's way instead of the kit's {@code $set}; it must set the {@link #markedAt} field. */
    public ClosedItems markedBy(ItemAction marker) {
        this.markedBy = marker;
        return this;
    }

    void check(String holder) {
        if (linkedBy == null || markedAt == null || after == null || after.isNegative()) {
            throw new IllegalStateException("Holder " + holder + ": closed items of " + collection
                    + " need linkedBy, markedAt and a retention of zero or more");
        }
    }

    /** The ids of the items closed at least the retention before {@code now} and not marked yet. */
    List<String> due(MongoTemplate mongo, Instant now) {
        List<Criteria> all = new ArrayList<>(conditions);
        all.add(Criteria.where(closedAt).lte(now.minus(after)));
        all.add(Criteria.where(markedAt).is(null));
        Query query = Query.query(new Criteria().andOperator(all));
        query.fields().include("_id");
        return mongo.find(query, Document.class, collection).stream().map(d -> String.valueOf(d.get("_id"))).toList();
    }

    Criteria documentsOf(String itemId) {
        return Criteria.where(linkedBy).is(itemId);
    }

    void done(MongoTemplate mongo, String itemId, Instant now) {
        if (then != null) {
            then.apply(itemId, now);
        }
        if (markedBy != null) {
            markedBy.apply(itemId, now);
            return;
        }
        Update mark = new Update().set(markedAt, now);
        if (versioned) {
            mark.inc("version", 1);
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(itemId).and(markedAt).is(null)), mark, collection);
    }

    String collection() {
        return collection;
    }
}
