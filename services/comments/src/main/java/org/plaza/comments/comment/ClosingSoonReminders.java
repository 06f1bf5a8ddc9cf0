package org.plaza.comments.comment;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.plaza.comments.config.BaseUrls;
import org.plaza.comments.config.CommentsSettings;
import org.plaza.comments.drive.CommentDrive;
import org.plaza.comments.drive.CommentDrives;
import org.plaza.comments.drive.DriveStatus;
import org.plaza.comments.notification.NotificationRequests;
import org.plaza.comments.support.DateTexts;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.starter.jobs.PlazaJob;
import org.plaza.starter.mongo.Retries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The "comments close soon" reminder, asked for when it is due instead of at every first draft. When an open drive
 * reaches {@code closing-soon-before} its deadline, every person who sent a draft on it before that moment and has
 * never had a comment confirmed on it gets one request, addressed as their earliest draft was (its email, or by text
 * when they gave only a mobile number and ticked the box for texts), in that draft's language, with the request in
 * that draft's outbox. The drive then remembers that its reminders were asked for.
 * <p>
 * A confirmed comment therefore costs no reminder request, no scheduled notification and no cancellation: the
 * reminder is asked for only for the drafts nobody confirmed, which are the ones it is for. Crash-safe by its
 * request id ({@code ntf-comments-closing-soon-<driveId>-<supporterId>}, one per person and drive): a scan cut
 * short, or run on two instances at once, asks again under the same id, and the notifications service stores a
 * request id once. The request carries the reminder moment as {@code sendAt}, so a scan that runs after downtime
 * is sent or dropped as expired by the notifications service's usual rule for late scheduled sends, and the
 * notifications service still voids it when the person confirms a draft as it arrives ({@code CommentSubmitted}
 * after the scan began).
 */
@Component
public class ClosingSoonReminders {

    private static final Logger log = LoggerFactory.getLogger(ClosingSoonReminders.class);

    private final Comments comments;
    private final CommentDrives drives;
    private final MongoTemplate mongo;
    private final CommentsSettings settings;
    private final BaseUrls urls;
    private final Clock clock;

    ClosingSoonReminders(Comments comments, CommentDrives drives, MongoTemplate mongo, CommentsSettings settings,
            BaseUrls urls, Clock clock) {
        this.comments = comments;
        this.drives = drives;
        this.mongo = mongo;
        this.settings = settings;
        this.urls = urls;
        this.clock = clock;
    }

    /** Asks for the reminders of every open drive whose reminder moment has come; returns how many it asked for. */
    public int requestDue() {
        return requestDueAt(clock.instant());
    }

    /** {@link #requestDue()} as of {@code now}. */
    public int requestDueAt(Instant now) {
        Query due = query(where("status").is(DriveStatus.OPEN).and("commentDeadline").gt(now)
                .lte(now.plus(settings.closingSoonBefore())).and(CommentDrive.REMINDERS_REQUESTED_AT).is(null));
        int asked = 0;
        for (CommentDrive drive : mongo.find(due, CommentDrive.class)) {
            asked += remind(drive, now);
        }
        return asked;
    }

    private int remind(CommentDrive drive, Instant now) {
        Instant moment = drive.commentDeadline().minus(settings.closingSoonBefore());
        Set<String> counted = new HashSet<>();
        Map<String, Document> earliest = new HashMap<>();
        Query all = query(where("driveId").is(drive.id()));
        all.fields().include("supporterId", "createdAt", "confirmedAt");
        for (Document draft : mongo.find(all, Document.class, "comments")) {
            String supporterId = draft.getString("supporterId");
            if (draft.get("confirmedAt") != null) {
                counted.add(supporterId);
            } else if (draft.getDate("createdAt").toInstant().isBefore(moment)) {
                earliest.merge(supporterId, draft,
                        (kept, other) -> other.getDate("createdAt").before(kept.getDate("createdAt")) ? other : kept);
            }
        }
        int asked = 0;
        for (Map.Entry<String, Document> person : earliest.entrySet()) {
            if (!counted.contains(person.getKey()) && requestFor(person.getValue().getString("_id"), drive, moment, now)) {
                asked++;
            }
        }
        markRequested(drive.id(), now);
        if (asked > 0) {
            log.info("Asked for {} \"comments close soon\" reminder(s) on drive {}", asked, drive.id());
        }
        return asked;
    }

    /** Raises the reminder in the draft's own write, unless it was confirmed meanwhile or cannot be reached. */
    private boolean requestFor(String draftId, CommentDrive drive, Instant moment, Instant now) {
        return Retries.onConflict(5, () -> {
            Comment draft = comments.findById(draftId).orElse(null);
            if (draft == null || draft.confirmedAt() != null || !reachable(draft)) {
                return false;
            }
            draft.requestReminder(reminder(draft, drive, moment, now));
            comments.save(draft);
            return true;
        });
    }

    /** An address left (not erased), and for a person with only a mobile number, the box for texts ticked. */
    private static boolean reachable(Comment draft) {
        if (draft.textOnly()) {
            return draft.smsOptIn() && draft.phone() != null;
        }
        return draft.email() != null;
    }

    private void markRequested(String driveId, Instant now) {
        Retries.onConflict(5, () -> {
            CommentDrive drive = drives.findById(driveId).orElseThrow();
            if (drive.remindersRequested(now)) {
                drives.save(drive);
            }
        });
    }

    /**
     * The reminder of one person for a drive, addressed and worded as their draft: the drive's title in the draft's
     * language, the public body, the deadline in the body's time zone, and the drive's page.
     */
    private NotificationRequested reminder(Comment draft, CommentDrive drive, Instant moment, Instant now) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("itemTitle", drive.content().title(draft.locale()));
        parameters.put("publicBody", drive.bodyName());
        parameters.put("deadline", DateTexts.dateTime(drive.commentDeadline(), drive.zone(),
                Locale.forLanguageTag(draft.locale())));
        parameters.put("driveUrl", urls.publicBase() + "/comments/drives/" + drive.id() + "?lang=" + draft.locale());
        return NotificationRequests.closingSoon(drive.id(), draft.supporterId(), draft.locale(),
                CommentService.recipient(draft), parameters, drive.campaignId(), List.of(draft.id(), drive.id()), moment, now);
    }

    /** The reminders as the job {@code comments.closing-soon-reminders}: at start, then every {@code closing-check-interval}. */
    @Bean
    static PlazaJob closingSoonRemindersJob(ClosingSoonReminders reminders, CommentsSettings settings) {
        return PlazaJob.every("comments.closing-soon-reminders", settings.closingCheckInterval(), reminders::requestDue)
                .startingAfter(Duration.ZERO);
    }
}
