package org.plaza.notifications.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The notifications that are not finished (pending or sending), one small entry each, keyed by notification id.
 * The dispatcher's poll reads this collection instead of the notifications collection, which keeps every
 * notification ever stored and which the embedded MongoDB can only search by reading it whole.
 * <p>
 * An entry says when to look at its notification next ({@code dueAt}): no later than the notification is due
 * while it is pending, no later than its lease ends while it is sending. What keeps the queue complete without
 * transactions:
 * <ul>
 * <li>an entry is written <em>before</em> its notification becomes pending (stored, retried, deferred, recovered,
 * sent again by staff), by a write that never moves an existing entry later ({@link #enqueue}) unless the writer
 * owns the notification's claim ({@link #reschedule});</li>
 * <li>it is removed only <em>after</em> its notification has reached a final state, and only if it was not written
 * again since it was read: every write that can make an entry more urgent gives it a new {@code rev}, and removal
 * is conditional on the {@code rev} seen;</li>
 * <li>so a crash in between leaves an extra entry, never a missing one. The poll drops an extra entry when its
 * notification is finished, or has not appeared {@link #ORPHAN_GRACE} after the entry was written (an intake
 * that wrote the entry and then failed to store the notification).</li>
 * </ul>
 * Every conditional write names the entry's {@code _id}, which the embedded MongoDB ({@code IdFirstH2Backend})
 * and MongoDB answer by key.
 */
@Component
class DispatchQueue {

    static final String COLLECTION = "notification_queue";
    /** How long an entry waits for its notification to be stored before it counts as left by a failed intake. */
    static final Duration ORPHAN_GRACE = Duration.ofHours(1);
    static final int BULK = 500;
    static final String DUE_INDEX = "due";

    /**
     * One unfinished notification: its id, when to look at it next, the version of this entry, when it was
     * queued. {@code dueAt} is indexed, so the poll ({@link #due}) reads only the due entries in order.
     */
    @Document(COLLECTION)
    record Entry(@Id String id, @Indexed(name = DUE_INDEX) Instant dueAt, String rev, Instant queuedAt) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;

    DispatchQueue(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * Queues a notification that is about to become pending, due at {@code dueAt}. An existing entry is never
     * moved later (it may stand for an earlier need). Idempotent.
     */
    Entry enqueue(String id, Instant dueAt) {
        Instant now = clock.instant();
        String rev = newRev();
        mongo.upsert(byKey(id), new Update().min("dueAt", dueAt).set("rev", rev).set("queuedAt", now), Entry.class);
        return new Entry(id, dueAt, rev, now);
    }

    /** Moves the entry of a notification the caller has claimed to its new due time (a retry or a deferral). */
    Entry reschedule(String id, Instant dueAt) {
        Instant now = clock.instant();
        String rev = newRev();
        mongo.upsert(byKey(id), new Update().set("dueAt", dueAt).set("rev", rev).set("queuedAt", now), Entry.class);
        return new Entry(id, dueAt, rev, now);
    }

    /** The entries due by {@code now}, most overdue first: one read of this collection, which holds only unfinished work. */
    List<Entry> due(Instant now, int limit) {
        return mongo.find(query(where("dueAt").lte(now)).with(Sort.by("dueAt")).limit(limit), Entry.class);
    }

    /** Looks at the entry again at {@code until}, unless it was written since it was read. */
    boolean postpone(Entry entry, Instant until) {
        return mongo.updateFirst(unchanged(entry), new Update().set("dueAt", until), Entry.class).getModifiedCount() > 0;
    }

    /** Removes the entry of a finished notification, unless it was written since it was read (the notification may be pending again). */
    boolean remove(Entry entry) {
        return mongo.remove(unchanged(entry), Entry.class).getDeletedCount() > 0;
    }

    /**
     * Removes the entries of finished notifications, each unless it was written since it was read, with one bulk
     * write per {@value #BULK} entries (one command, each of its deletes by key). Returns how many were removed.
     */
    int removeAll(Collection<Entry> entries) {
        int removed = 0;
        List<Entry> all = List.copyOf(entries);
        for (int from = 0; from < all.size(); from += BULK) {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Entry.class);
            all.subList(from, Math.min(all.size(), from + BULK)).forEach(entry -> bulk.remove(unchanged(entry)));
            removed += bulk.execute().getDeletedCount();
        }
        return removed;
    }

    /** Removes the entry of a notification that can never be pending again (cancelled). */
    void remove(String id) {
        mongo.remove(byKey(id), Entry.class);
    }

    Optional<Entry> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Entry.class));
    }

    /**
     * Queues the given unfinished notifications (read once at start-up), so that those stored before this queue
     * existed, or by a writer that stopped in between, are sent. Never moves an entry later; idempotent.
     */
    int backfill(Stream<Notification> unfinished) {
        Instant now = clock.instant();
        int[] queued = { 0 };
        BulkOperations[] bulk = { mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Entry.class) };
        unfinished.forEach(notification -> {
            bulk[0].upsert(byKey(notification.id()), new Update().min("dueAt", nextLook(notification, now))
                    .setOnInsert("rev", newRev()).setOnInsert("queuedAt", now));
            if (++queued[0] % BULK == 0) {
                bulk[0].execute();
                bulk[0] = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Entry.class);
            }
        });
        if (queued[0] % BULK != 0) {
            bulk[0].execute();
        }
        return queued[0];
    }

    /** When the poll must look at an unfinished notification: its due time while pending, its lease end while sending. */
    private static Instant nextLook(Notification notification, Instant now) {
        Instant at = notification.state() == State.SENDING ? notification.leaseUntil() : notification.dueAt();
        return at == null ? now : at;
    }

    private static Query byKey(String id) {
        return query(where("_id").is(id));
    }

    private static Query unchanged(Entry entry) {
        return query(where("_id").is(entry.id()).and("rev").is(entry.rev()));
    }

    private static String newRev() {
        return new ObjectId().toHexString();
    }
}
