package org.plaza.notifications.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.bson.Document;
import org.plaza.events.comments.CommentDriveClosed;
import org.plaza.events.outreach.ShiftCancelled;
import org.plaza.starter.mongo.Existence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Voids scheduled sends when an item they are about is cancelled: a cancelled shift (or one volunteer's
 * sign-up) voids its pending reminders, a drive that closed voids its "comments close soon" messages.
 * The cancellation is also remembered per item id, because the request for a reminder can arrive after
 * the cancellation (two topics, no order between them).
 */
@Service
public class Cancellations {

    static final String COLLECTION = "cancelled_items";
    private static final Logger log = LoggerFactory.getLogger(Cancellations.class);

    private final MongoTemplate mongo;
    private final Notifications notifications;
    private final Clock clock;

    Cancellations(MongoTemplate mongo, Notifications notifications, Clock clock) {
        this.mongo = mongo;
        this.notifications = notifications;
        this.clock = clock;
    }

    public void shiftCancelled(ShiftCancelled event) {
        String item = event.scope() == ShiftCancelled.Scope.SHIFT ? event.shiftId() : event.signupId();
        cancel(List.of(item), event.cancelledAt());
    }

    public void commentDriveClosed(CommentDriveClosed event) {
        cancel(List.of(event.driveId()), event.closedAt());
    }

    /** Cancels pending scheduled sends about the items; idempotent (the first cancellation time is kept). */
    void cancel(Collection<String> itemIds, Instant cancelledAt) {
        List<String> ids = itemIds.stream().filter(Objects::nonNull).toList();
        if (ids.isEmpty()) {
            return;
        }
        Instant at = cancelledAt == null ? clock.instant() : cancelledAt;
        for (String id : ids) {
            mongo.upsert(query(where("_id").is(id)), new Update().setOnInsert("cancelledAt", at), COLLECTION);
        }
        long cancelled = notifications.cancelScheduled(ids, at, clock.instant());
        if (cancelled > 0) {
            log.info("Cancelled {} scheduled notification(s) about {}", cancelled, ids);
        }
    }

    /** Whether a request made at {@code requestedAt} about these items was overtaken by a cancellation. */
    boolean cancelledSince(Collection<String> itemIds, Instant requestedAt) {
        if (itemIds == null || itemIds.isEmpty()) {
            return false;
        }
        Instant since = requestedAt == null ? Instant.EPOCH : requestedAt;
        return Existence.exists(mongo, query(where("_id").in(itemIds).and("cancelledAt").gte(since)), COLLECTION);
    }
}
