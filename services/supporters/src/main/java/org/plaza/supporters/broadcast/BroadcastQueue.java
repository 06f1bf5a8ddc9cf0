package org.plaza.supporters.broadcast;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.plaza.starter.id.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Queues due broadcasts to notifications, one {@code NotificationRequested} per reachable recipient and channel, without ever
 * holding the audience: it streams the audience in supporter-id order and writes it in {@link RecipientBatch}es of
 * {@code batch-size}, each with its requests in its outbox, then moves the broadcast's cursor past it.
 *
 * <p>Exactly once per recipient, across crashes, without transactions: a batch's id is its number, so it can be
 * inserted once; the cursor moves only from the number it was at, and only while this instance holds the lease. After
 * a crash another run (here or on another instance, once the lease ran out) starts from the cursor; a batch written
 * just before the crash, whose cursor move was lost, is found by its number and skipped. Notifications dedupes on the
 * request id ({@code <broadcastId>:<supporterId>}) as well, so a republished request never sends twice.
 */
@Component
public class BroadcastQueue {

    private static final Logger log = LoggerFactory.getLogger(BroadcastQueue.class);

    private final MongoTemplate mongo;
    private final Broadcasts broadcasts;
    private final Audience audience;
    private final BroadcastSettings settings;
    private final TextPreview texts;
    private final Clock clock;
    private final String owner = Ids.random("queue");

    BroadcastQueue(MongoTemplate mongo, Broadcasts broadcasts, Audience audience, BroadcastSettings settings,
            TextPreview texts, Clock clock) {
        this.mongo = mongo;
        this.texts = texts;
        this.broadcasts = broadcasts;
        this.audience = audience;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Queues every broadcast whose time has come (and resumes any whose queuing stopped); the job's task. One
     * broadcast that fails does not hold up the others; the run then fails, so the job backs off and tries again.
     */
    public int queueDue() {
        Instant now = clock.instant();
        int queuedBroadcasts = 0;
        RuntimeException failure = null;
        for (Broadcast broadcast : broadcasts.findByStatusIn(List.of(BroadcastStatus.SCHEDULED, BroadcastStatus.SENDING))) {
            try {
                if (queueIfDue(broadcast, now)) {
                    queuedBroadcasts++;
                }
            } catch (RuntimeException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
        return queuedBroadcasts;
    }

    /** Queues one broadcast if its time has come and no other instance is queuing it; whether it did. */
    public boolean queueIfDue(String broadcastId) {
        return broadcasts.findById(broadcastId).map(broadcast -> queueIfDue(broadcast, clock.instant())).orElse(false);
    }

    private boolean queueIfDue(Broadcast broadcast, Instant now) {
        if (!broadcast.dueAt(now) || !claim(broadcast, now)) {
            return false;
        }
        queue(broadcast.id());
        return true;
    }

    private boolean claim(Broadcast broadcast, Instant now) {
        broadcast.startQueuing(owner, now, now.plus(settings.lease()));
        try {
            broadcasts.save(broadcast);
            return true;
        } catch (OptimisticLockingFailureException e) {
            return false;
        }
    }

    /** Queues one claimed broadcast from its cursor to the end of its audience. */
    void queue(String broadcastId) {
        Broadcast broadcast = broadcasts.findById(broadcastId).orElseThrow();
        Position position = skipWrittenBatches(broadcast, new Position(broadcast.nextBatch(), broadcast.cursor()));
        try (Stream<Recipient> stream = audience.stream(broadcast.campaignId(), broadcast.audience(), position.cursor())) {
            Iterator<Recipient> recipients = stream.iterator();
            RecipientBatch batch = new RecipientBatch(broadcast, position.next(), clock.instant());
            while (recipients.hasNext()) {
                batch.add(broadcast, recipients.next(), clock.instant());
                if (batch.size() >= settings.batchSize()) {
                    write(broadcast, batch);
                    batch = new RecipientBatch(broadcast, batch.number() + 1, clock.instant());
                }
            }
            if (batch.size() > 0) {
                write(broadcast, batch);
            }
        }
        Broadcast finished = broadcasts.findById(broadcastId).orElseThrow();
        if (owner.equals(finished.leaseOwner())) {
            finished.finishQueuing(clock.instant(), texts.segments(finished.text()));
            broadcasts.save(finished);
            log.info("Broadcast {} queued: {} emails, {} texts, {} skipped without consent", broadcastId,
                    finished.queued(), finished.textsQueued(), finished.skipped());
        }
    }

    private void write(Broadcast broadcast, RecipientBatch batch) {
        try {
            mongo.insert(batch);
        } catch (DuplicateKeyException e) {
            throw new LostLeaseException(broadcast.id());
        }
        advance(broadcast.id(), batch);
    }

    /** Batches already written from the cursor on (a crash between a batch and its cursor move) count as done. */
    private Position skipWrittenBatches(Broadcast broadcast, Position position) {
        Position at = position;
        Optional<RecipientBatch> written;
        while ((written = Optional.ofNullable(mongo.findById(RecipientBatch.id(broadcast.id(), at.next()),
                RecipientBatch.class))).isPresent()) {
            advance(broadcast.id(), written.get());
            at = new Position(written.get().number() + 1, written.get().last());
        }
        return at;
    }

    /** Moves the cursor past a written batch, only from its number and only while holding the lease. */
    private void advance(String broadcastId, RecipientBatch batch) {
        Query current = Query.query(Criteria.where("_id").is(broadcastId).and("nextBatch").is(batch.number())
                .and("leaseOwner").is(owner));
        Update moved = new Update().set("nextBatch", batch.number() + 1).set("cursor", batch.last())
                .inc("queued", batch.queued().size()).inc("skipped", batch.skipped())
                .inc("textsQueued", batch.texted().size())
                .set("leaseUntil", clock.instant().plus(settings.lease())).inc("version", 1);
        batch.queuedByLanguage().forEach((language, n) -> moved.inc("queuedByLanguage." + language, n));
        batch.skippedByLanguage().forEach((language, n) -> moved.inc("skippedByLanguage." + language, n));
        batch.textedByLanguage().forEach((language, n) -> moved.inc("textsQueuedByLanguage." + language, n));
        batch.audienceByLanguage().forEach((language, n) -> moved.inc("audienceByLanguage." + language, n));
        if (mongo.updateFirst(current, moved, Broadcast.class).getModifiedCount() == 0) {
            throw new LostLeaseException(broadcastId);
        }
    }

    private record Position(int next, String cursor) {
    }

    /** Another instance took the broadcast over (this one stalled past its lease): stop without writing more. */
    static final class LostLeaseException extends IllegalStateException {

        LostLeaseException(String broadcastId) {
            super("Broadcast " + broadcastId + " is being queued by another instance");
        }
    }
}
