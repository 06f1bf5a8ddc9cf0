package org.plaza.comments.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.plaza.comments.comment.Comment;
import org.plaza.comments.config.CommentsSettings;
import org.plaza.comments.drive.CommentDrive;
import org.plaza.comments.drive.CommentDrives;
import org.plaza.comments.drive.DriveStatus;
import org.plaza.comments.packet.PacketService;
import org.plaza.starter.jobs.PlazaJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Erases commenters' names, emails and organizations, and the stored packet files that print the names,
 * {@code plaza.comments.anonymize-after} (180 days) after a drive closed: one update per drive, then the drive
 * is marked. What counts stays: status, moderation, community, position, language, the comment's text (public
 * record), the pseudonymous supporter id and the packets' totals and delivery history. Running it again changes
 * nothing.
 */
@Component
class Anonymization {

    private static final Logger log = LoggerFactory.getLogger(Anonymization.class);

    private final CommentDrives drives;
    private final PacketService packets;
    private final MongoTemplate mongo;
    private final CommentsSettings settings;
    private final MeterRegistry meters;
    private final Clock clock;

    Anonymization(CommentDrives drives, PacketService packets, MongoTemplate mongo, CommentsSettings settings,
            MeterRegistry meters, Clock clock) {
        this.drives = drives;
        this.packets = packets;
        this.mongo = mongo;
        this.settings = settings;
        this.meters = meters;
        this.clock = clock;
    }

    /** The check as the job {@code comments.anonymization}: a minute after start, then every {@code anonymization-check-interval}. */
    @Bean
    static PlazaJob anonymizationJob(Anonymization anonymization, CommentsSettings settings) {
        return PlazaJob.every("comments.anonymization", settings.anonymizationCheckInterval(), anonymization::anonymizeDue)
                .startingAfter(Duration.ofMinutes(1));
    }

    /** Anonymizes every drive due now by the clock; returns how many comments it changed. */
    long anonymizeDue() {
        Instant now = clock.instant();
        Instant closedBefore = now.minus(settings.anonymizeAfter());
        long changed = 0;
        for (CommentDrive drive : drives.findByStatusOrderByCommentDeadlineAsc(DriveStatus.CLOSED)) {
            if (drive.personalDataErasedAt() == null && drive.closedAt() != null
                    && !drive.closedAt().isAfter(closedBefore)) {
                changed += anonymize(drive, now);
            }
        }
        return changed;
    }

    private long anonymize(CommentDrive drive, Instant now) {
        Query commenters = Query.query(Criteria.where("driveId").is(drive.id()).and("anonymizedAt").is(null));
        Update erase = new Update().unset("email").unset("content.name").unset("content.organization")
                .set("anonymizedAt", now).inc("version", 1);
        long changed = mongo.updateMulti(commenters, erase, Comment.class).getModifiedCount();
        int files = packets.eraseFiles(drive.id());
        mongo.updateFirst(Query.query(Criteria.where("_id").is(drive.id())),
                new Update().set("personalDataErasedAt", now).inc("version", 1), CommentDrive.class);
        meters.counter("plaza.comments.anonymized").increment(changed);
        log.info("Anonymized {} comment(s) and erased {} packet file(s) of drive {}, closed {}", changed, files,
                drive.id(), drive.closedAt());
        return changed;
    }
}
