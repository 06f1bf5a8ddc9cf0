package org.plaza.comments.closing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.plaza.comments.comment.CommentStatus;
import org.plaza.comments.config.CommentsSettings;
import org.plaza.comments.drive.CommentDrive;
import org.plaza.comments.drive.CommentDrives;
import org.plaza.comments.drive.DriveStatus;
import org.plaza.comments.packet.PacketService;
import org.plaza.starter.jobs.PlazaJob;
import org.plaza.starter.mongo.Retries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Closes drives whose deadline has come: once as soon as the service starts (a deadline that passed
 * while it was down is found then) and every {@code closing-check-interval} after. Submissions are refused
 * from the deadline on by the same clock whether or not this has run yet, and a drive closed late still
 * records the deadline as its closing time. Drives that closed without a compiled packet get one.
 * The checks run as the starter job {@code comments.drive-closing}.
 */
@Component
public class DriveClosing {

    private static final Logger log = LoggerFactory.getLogger(DriveClosing.class);

    private final CommentDrives drives;
    private final MongoTemplate mongo;
    private final PacketService packets;
    private final CommentsSettings settings;
    private final MeterRegistry meters;
    private final Clock clock;

    DriveClosing(CommentDrives drives, MongoTemplate mongo, PacketService packets, CommentsSettings settings,
            MeterRegistry meters, Clock clock) {
        this.drives = drives;
        this.mongo = mongo;
        this.packets = packets;
        this.settings = settings;
        this.meters = meters;
        this.clock = clock;
    }

    /** Closes every due drive and asks for the packets still owed; returns how many drives it closed. */
    public int closeDue() {
        Instant now = clock.instant();
        int closed = 0;
        for (CommentDrive due : drives.findByStatusAndCommentDeadlineLessThanEqual(DriveStatus.OPEN, now)) {
            if (close(due.id(), null, now)) {
                closed++;
            }
        }
        for (CommentDrive owing : drives.findByPacketPendingTrue()) {
            packets.compileAfterCloseLater(owing.id());
        }
        return closed;
    }

    /**
     * Closes one drive (at its deadline if that has passed, else now, by {@code staffId}).
     *
     * @return whether this call closed it
     */
    public boolean close(String driveId, String staffId, Instant now) {
        return Retries.onConflict(5, () -> {
            CommentDrive drive = drives.findById(driveId).orElseThrow();
            Instant cutoff = now.isBefore(drive.commentDeadline()) ? now : drive.commentDeadline();
            int confirmed = (int) mongo.count(Query.query(Criteria.where("driveId").is(driveId).and("status")
                    .is(CommentStatus.CONFIRMED).and("confirmedAt").lt(cutoff)), "comments");
            if (!drive.close(staffId, confirmed, now)) {
                return false;
            }
            drives.save(drive);
            meters.counter("plaza.comments.drives.closed", "reason", drive.closeReason().name()).increment();
            log.info("Closed drive {} ({}) at {} with {} confirmed comments", drive.id(), drive.closeReason(),
                    drive.closedAt(), confirmed);
            packets.compileAfterCloseLater(driveId);
            return true;
        });
    }

    /** The closing check as the job {@code comments.drive-closing}: at start, then every {@code closing-check-interval}. */
    @Bean
    static PlazaJob driveClosingJob(DriveClosing closing, CommentsSettings settings) {
        return PlazaJob.every("comments.drive-closing", settings.closingCheckInterval(), closing::closeDue)
                .startingAfter(Duration.ZERO);
    }
}
