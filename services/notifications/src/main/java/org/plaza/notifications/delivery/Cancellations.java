package org.plaza.notifications.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.bson.Document;
import org.plaza.events.comments.CommentDriveClosed;
import org.plaza.events.comments.CommentSubmitted;
import org.plaza.events.comments.CommentWithdrawn;
import org.plaza.events.outreach.MeetingCancelled;
import org.plaza.events.outreach.MeetingRescheduled;
import org.plaza.events.outreach.MeetingRsvpCancelled;
import org.plaza.events.outreach.ShiftCancelled;
import org.plaza.starter.mongo.Existence;
import org.plaza.starter.notification.CommentReminders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Voids scheduled sends when an item they are about is cancelled: a cancelled shift (or one volunteer's
 * sign-up) voids its pending reminders, so does a cancelled meeting RSVP or a called-off meeting, a moved meeting voids the
 * reminders of its previous invite (new ones come with the updated invite), a drive that closed voids its "comments close soon" messages, a
 * comment that was confirmed (it counts, so its resident needs no reminder) voids its resident's one for the drive, and a
 * withdrawn comment voids its own.
 * The cancellation is also remembered per item id, because the request for a reminder can arrive after
 * the cancellation (two topics, no order between them).
 * <p>
 * Both of its collections are trimmed on the purge schedule ({@code purge-interval}, run by {@link ContactPurge}), with the contact retention
 * ({@code contact-retention}, 7 days) as horizon: a cancellation is forgotten that long after it was remembered
 * (longer than the request topic keeps a request, 3 days), and a scheduled item once its last scheduled send is
 * that far in the past (every such send has ended by then: sent, cancelled, or dropped as expired an hour late).
 */
@Service
public class Cancellations {

    static final String COLLECTION = "cancelled_items";
    /** Scheduled sends by the item they are about: {@code {_id: item, notificationIds: [...], lastSendAt}}. */
    static final String SCHEDULED = "scheduled_items";
    private static final String LAST_SEND_AT = "lastSendAt";
    private static final String REMEMBERED_AT = "rememberedAt";
    private static final Logger log = LoggerFactory.getLogger(Cancellations.class);

    private final MongoTemplate mongo;
    private final Notifications notifications;
    private final DispatchQueue queue;
    private final DeliverySettings settings;
    private final Clock clock;

    Cancellations(MongoTemplate mongo, Notifications notifications, DispatchQueue queue, DeliverySettings settings,
            Clock clock) {
        this.mongo = mongo;
        this.notifications = notifications;
        this.queue = queue;
        this.settings = settings;
        this.clock = clock;
    }

    public void shiftCancelled(ShiftCancelled event) {
        String item = event.scope() == ShiftCancelled.Scope.SHIFT ? event.shiftId() : event.signupId();
        cancel(List.of(item), event.cancelledAt());
    }

    /** A resident cancelled their RSVP to a meeting: its reminders (first related id: the RSVP) are void. */
    public void meetingRsvpCancelled(MeetingRsvpCancelled event) {
        cancelOwn(event.rsvpId(), event.cancelledAt());
    }

    /** An organizer called a meeting off: every reminder about it (a related id: the meeting) is void. */
    public void meetingCancelled(MeetingCancelled event) {
        cancel(List.of(event.meetingId()), event.cancelledAt());
    }

    /**
     * An organizer moved a meeting: the reminders sent with its previous invite are void (they carry that version's
     * {@link MeetingRescheduled#reminderGroup}); the reminders of the new time carry the new one.
     */
    public void meetingRescheduled(MeetingRescheduled event) {
        cancel(List.of(MeetingRescheduled.reminderGroup(event.meetingId(), event.sequence() - 1)), event.rescheduledAt());
    }

    public void commentDriveClosed(CommentDriveClosed event) {
        cancel(List.of(event.driveId()), event.closedAt());
    }

    /**
     * Every revision of a confirmed comment arrives here; the first cancellation time is the one kept. What it voids
     * is the person's "comments close soon" reminder for the drive, by its request id (one per person and drive, the
     * starter's {@link CommentReminders}), whichever of their drafts it names: the only scheduled send about a comment.
     * The comment's own id is neither remembered nor looked up (two writes fewer per confirmed comment): the reminder
     * a scheduled send about it could be is voided, or cancelled on arrival, under that request id.
     */
    public void commentSubmitted(CommentSubmitted event) {
        if (event.supporterId() != null) {
            cancelRequest(CommentReminders.closingSoonRequestId(event.driveId(), event.supporterId()),
                    event.submittedAt());
        }
    }

    public void commentWithdrawn(CommentWithdrawn event) {
        cancelOwn(event.commentId(), event.withdrawnAt());
    }

    /**
     * Remembers a scheduled send under the item it is about, its first related id, before the send is stored,
     * so that item's cancellation finds it by key ({@link #cancelOwn}), with the latest send time, which decides
     * when the item is forgotten. Idempotent.
     */
    void scheduled(String notificationId, List<String> relatedIds, Instant sendAt) {
        if (relatedIds != null && !relatedIds.isEmpty() && relatedIds.get(0) != null) {
            mongo.upsert(query(where("_id").is(relatedIds.get(0))), new Update().addToSet("notificationIds", notificationId)
                    .max(LAST_SEND_AT, sendAt == null ? clock.instant() : sendAt), SCHEDULED);
        }
    }

    /**
     * Cancels the pending scheduled sends that are about this one item (it is their first related id), reading
     * them by key: one comment's confirmation must not search every notification, as a drive's closing may.
     */
    void cancelOwn(String itemId, Instant cancelledAt) {
        if (itemId == null) {
            return;
        }
        Instant at = remember(itemId, cancelledAt);
        Document scheduled = mongo.findById(itemId, Document.class, SCHEDULED);
        List<String> ids = scheduled == null ? List.of() : scheduled.getList("notificationIds", String.class, List.of());
        long cancelled = 0;
        for (String notificationId : ids) {
            if (notifications.cancelScheduled(notificationId, at, clock.instant()) > 0) {
                queue.remove(notificationId);
                cancelled++;
            }
        }
        if (cancelled > 0) {
            log.info("Cancelled {} scheduled notification(s) about {}", cancelled, itemId);
        }
    }

    /**
     * Cancels one scheduled send by its request id, and remembers the cancellation under that id, so a request that
     * arrives after it is cancelled on arrival ({@link #cancelledSince} looks at a request's own id too).
     */
    void cancelRequest(String requestId, Instant cancelledAt) {
        Instant at = remember(requestId, cancelledAt);
        if (notifications.cancelScheduled(requestId, at, clock.instant()) > 0) {
            queue.remove(requestId);
            log.info("Cancelled scheduled notification {}", requestId);
        }
    }

    /** Cancels pending scheduled sends about the items; idempotent (the first cancellation time is kept). */
    void cancel(Collection<String> itemIds, Instant cancelledAt) {
        List<String> ids = itemIds.stream().filter(Objects::nonNull).toList();
        if (ids.isEmpty()) {
            return;
        }
        Instant at = cancelledAt == null ? clock.instant() : cancelledAt;
        ids.forEach(id -> remember(id, at));
        long cancelled = notifications.cancelScheduled(ids, at, clock.instant());
        if (cancelled > 0) {
            log.info("Cancelled {} scheduled notification(s) about {}", cancelled, ids);
        }
    }

    private Instant remember(String itemId, Instant cancelledAt) {
        Instant at = cancelledAt == null ? clock.instant() : cancelledAt;
        mongo.upsert(query(where("_id").is(itemId)),
                new Update().setOnInsert("cancelledAt", at).setOnInsert(REMEMBERED_AT, clock.instant()), COLLECTION);
        return at;
    }

    /**
     * Whether a request made at {@code requestedAt} about these items was overtaken by a cancellation. One
     * lookup by key per item: the collection holds a row for every confirmed comment.
     */
    boolean cancelledSince(Collection<String> itemIds, Instant requestedAt) {
        if (itemIds == null) {
            return false;
        }
        Instant since = requestedAt == null ? Instant.EPOCH : requestedAt;
        return itemIds.stream().filter(Objects::nonNull).anyMatch(id -> Existence.exists(mongo,
                query(where("_id").is(id).and("cancelledAt").gte(since)), COLLECTION));
    }

    /**
     * Forgets cancellations remembered, and scheduled items last sent, more than the retention period before
     * {@code now} (see the class comment); returns how many were forgotten.
     */
    long forget(Instant now) {
        Instant before = now.minus(settings.contactRetention());
        dateItemsScheduledBeforeTheirLastSendWasKept(now);
        long items = mongo.remove(query(where(LAST_SEND_AT).lt(before)), SCHEDULED).getDeletedCount();
        long tombstones = mongo.remove(query(new Criteria().orOperator(where(REMEMBERED_AT).lt(before),
                new Criteria().andOperator(where(REMEMBERED_AT).exists(false), where("cancelledAt").lt(before)))),
                COLLECTION).getDeletedCount();
        if (items + tombstones > 0) {
            log.info("Forgot {} cancelled item(s) and {} scheduled item(s) older than the retention period", tombstones,
                    items);
        }
        return items + tombstones;
    }

    /**
     * Scheduled items written before their last send time was kept get it from their notifications (read by key),
     * or, when none is left to read, the current time, so they too are forgotten after the retention period.
     */
    private void dateItemsScheduledBeforeTheirLastSendWasKept(Instant now) {
        for (Document item : mongo.find(query(where(LAST_SEND_AT).exists(false)), Document.class, SCHEDULED)) {
            Instant last = item.getList("notificationIds", String.class, List.of()).stream().map(notifications::find)
                    .flatMap(Optional::stream).map(Notification::sendAt).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(now);
            mongo.updateFirst(query(where("_id").is(item.get("_id"))), new Update().max(LAST_SEND_AT, last), SCHEDULED);
        }
    }
}
