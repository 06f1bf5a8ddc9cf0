package org.plaza.notifications.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Optional;

import org.bson.Document;
import org.plaza.notifications.channel.sms.TextReports;
import org.plaza.starter.mongo.Retries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Delivery reports of texts, from the provider's adapter (its status callbacks) and from the {@link TextReconciler}
 * (the provider's answer when no callback came). The first final report of a request (delivered or undelivered) is
 * kept in {@value #COLLECTION} and then applied to the notification. A report may arrive before the dispatcher has
 * recorded the send (a fast provider calls back while the send is still being saved): it waits there, and the
 * dispatcher applies it right after recording the send. Reports for unknown requests are kept and change nothing
 * else; they are forgotten with the purge.
 * <p>
 * Exactly once: whichever report is stored first is the one that counts (a later or concurrent one, however it
 * came, finds it stored), and it is applied with the notification's version, so of two writers racing to apply it
 * one raises the event and the other finds it applied. Applying it ends the text's wait in {@link UnreportedTexts}.
 * <p>
 * Metrics: {@code plaza.notifications.sms.reports{status}} (callbacks) and {@code plaza.notifications.sms.failed{reason}}.
 */
@Component
class TextOutcomes implements TextReports {

    static final String COLLECTION = "text_reports";
    private static final Logger log = LoggerFactory.getLogger(TextOutcomes.class);
    private static final int SAVE_TRIES = 3;

    private final MongoTemplate mongo;
    private final Notifications notifications;
    private final UnreportedTexts unreported;
    private final MeterRegistry meters;

    TextOutcomes(MongoTemplate mongo, Notifications notifications, UnreportedTexts unreported, MeterRegistry meters) {
        this.mongo = mongo;
        this.notifications = notifications;
        this.unreported = unreported;
        this.meters = meters;
    }

    @Override
    public void reported(String requestId, Status status, Instant at) {
        meters.counter("plaza.notifications.sms.reports", "status", status.name()).increment();
        report(requestId, status, at);
    }

    /**
     * Stores a final report of {@code requestId}'s text unless one is stored already, then applies the stored one.
     *
     * @return the report this call applied (it raised {@code NotificationDelivered} or failed the notification):
     *         the one stored first, which may be another's; empty when it applied none
     */
    Optional<Status> report(String requestId, Status status, Instant at) {
        if (status == Status.ACCEPTED) {
            return Optional.empty();
        }
        try {
            mongo.upsert(query(where("_id").is(requestId)),
                    new Update().setOnInsert("status", status.name()).setOnInsert("at", at), COLLECTION);
        } catch (DuplicateKeyException storedMeanwhile) {
            log.debug("A report of text {} was stored at the same moment; applying the stored one", requestId);
        }
        return settle(requestId);
    }

    /**
     * Applies the final report of {@code requestId}'s text, if there is one and the send is recorded.
     *
     * @return the report, when this call applied it
     */
    Optional<Status> settle(String requestId) {
        Document report = mongo.findById(requestId, Document.class, COLLECTION);
        if (report == null) {
            return Optional.empty();
        }
        Status status = Status.valueOf(report.getString("status"));
        Instant at = report.getDate("at").toInstant();
        return Retries.onConflict(SAVE_TRIES, () -> {
            Optional<Notification> found = notifications.find(requestId);
            if (found.isEmpty() || !found.get().textReported(status, at)) {
                return Optional.<Status>empty();
            }
            notifications.save(found.get());
            if (status == Status.UNDELIVERED) {
                meters.counter("plaza.notifications.sms.failed", "reason", "UNDELIVERED").increment();
            }
            unreported.settled(requestId);
            return Optional.of(status);
        }, keptChanging -> Optional.empty());
    }

    /** Forgets reports older than {@code before}; returns how many. */
    long forget(Instant before) {
        return mongo.remove(query(where("at").lt(before)), COLLECTION).getDeletedCount();
    }
}
