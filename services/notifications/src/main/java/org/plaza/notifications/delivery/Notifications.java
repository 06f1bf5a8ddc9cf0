package org.plaza.notifications.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The notifications collection. Every change that does not go through {@link #save} is a single
 * conditional update that also bumps the version, so a concurrent {@code save} of an older copy fails
 * instead of overwriting it. What the dispatcher and a comment's cancellation do names one notification's
 * id, which the embedded MongoDB ({@code IdFirstH2Backend}) and MongoDB read by key; the queries that read the whole collection on the
 * embedded MongoDB are the start-up backfill, a cancellation by item, the periodic purge and the staff list.
 */
@Component
class Notifications {

    private static final String VERSION = "version";

    private final MongoTemplate mongo;

    Notifications(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Stores a new notification; false when one with this request id already exists. */
    boolean insertIfAbsent(Notification notification) {
        try {
            mongo.insert(notification);
            return true;
        } catch (DuplicateKeyException duplicate) {
            return false;
        }
    }

    Optional<Notification> find(String requestId) {
        return Optional.ofNullable(mongo.findById(requestId, Notification.class));
    }

    /** Saves a changed notification; fails with an optimistic-locking error if someone changed it meanwhile. */
    Notification save(Notification notification) {
        return mongo.save(notification);
    }

    /**
     * Claims one notification by its id if it is still pending and due: only one dispatcher, on any instance,
     * gets it. Counts the attempt and leases it until {@code leaseUntil}.
     */
    Optional<Notification> claimDue(String id, Instant now, Instant leaseUntil, String claimant) {
        Query due = query(where("_id").is(id).and("state").is(State.PENDING).and("dueAt").lte(now));
        return Optional.ofNullable(mongo.findAndModify(due, claim(leaseUntil, claimant),
                FindAndModifyOptions.options().returnNew(true), Notification.class));
    }

    /** Claims a notification read just before, like {@link #claimDue}, if nobody changed it since. */
    Optional<Notification> claim(Notification current, Instant leaseUntil, String claimant) {
        return Optional.ofNullable(mongo.findAndModify(unchanged(current), claim(leaseUntil, claimant),
                FindAndModifyOptions.options().returnNew(true), Notification.class));
    }

    private static Update claim(Instant leaseUntil, String claimant) {
        return new Update().set("state", State.SENDING).set("leaseUntil", leaseUntil).set("claimedBy", claimant)
                .inc("attempts", 1).inc(VERSION, 1);
    }

    /**
     * The notifications that are not finished, with only what the dispatch queue needs. It reads the whole
     * collection, so it runs once, at start-up ({@link DispatchQueue#backfill}); close the stream.
     */
    Stream<Notification> unfinished() {
        Query unfinished = query(where("state").in(State.PENDING, State.SENDING));
        unfinished.fields().include("state", "dueAt", "leaseUntil");
        return mongo.stream(unfinished, Notification.class);
    }

    /** Cancels pending scheduled sends about any of the items, requested no later than the cancellation. */
    long cancelScheduled(Collection<String> relatedIds, Instant cancelledAt, Instant now) {
        Query scheduled = query(where("state").is(State.PENDING).and("sendAt").ne(null).and("relatedIds").in(relatedIds)
                .and("requestedAt").lte(cancelledAt));
        Update cancel = new Update().set("state", State.CANCELLED).set("completedAt", now).inc(VERSION, 1);
        return mongo.updateMulti(scheduled, cancel, Notification.class).getModifiedCount();
    }

    /** Cancels one pending scheduled send, read by its id, if it was requested no later than the cancellation. */
    long cancelScheduled(String requestId, Instant cancelledAt, Instant now) {
        Query scheduled = query(where("_id").is(requestId).and("state").is(State.PENDING).and("sendAt").ne(null)
                .and("requestedAt").lte(cancelledAt));
        Update cancel = new Update().set("state", State.CANCELLED).set("completedAt", now).inc(VERSION, 1);
        return mongo.updateFirst(scheduled, cancel, Notification.class).getModifiedCount();
    }

    /**
     * Cancels every notification to the supporter (by {@code supporterId} or {@code recipientKey}) that is not sent
     * yet, being sent included: a dispatcher sending one now finds it changed and keeps the cancellation.
     */
    long cancelUnsent(String supporterId, Instant now) {
        Query unsent = query(new Criteria().andOperator(where("state").in(State.PENDING, State.SENDING),
                new Criteria().orOperator(where("supporterId").is(supporterId), where("recipientKey").is(supporterId))));
        Update cancel = new Update().set("state", State.CANCELLED).set("completedAt", now).inc(VERSION, 1);
        return mongo.updateMulti(unsent, cancel, Notification.class).getModifiedCount();
    }

    private static Query unchanged(Notification notification) {
        return query(where("_id").is(notification.id()).and(VERSION).is(notification.version()));
    }

    List<Notification> inState(State state, int limit) {
        return mongo.find(query(where("state").is(state)).with(Sort.by(Sort.Direction.DESC, "receivedAt")).limit(limit),
                Notification.class);
    }
}
