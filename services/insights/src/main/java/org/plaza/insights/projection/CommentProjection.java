package org.plaza.insights.projection;

import static org.plaza.insights.projection.FactWriter.counts;
import static org.plaza.insights.projection.FactWriter.date;

import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.plaza.events.comments.CommentDriveClosed;
import org.plaza.events.comments.CommentDriveOpened;
import org.plaza.events.comments.CommentModerated;
import org.plaza.events.comments.CommentPacketCompiled;
import org.plaza.events.comments.CommentPacketDelivered;
import org.plaza.events.comments.CommentSubmitted;
import org.plaza.events.comments.CommentWithdrawn;
import org.plaza.insights.InsightsSettings;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.client.model.Filters;

/**
 * Comment drives, their comments and the clerk's packets. A comment is one fact keyed by its id
 * that keeps its highest revision and the time it was first confirmed (its place in the series);
 * it counts while it has been submitted and not withdrawn. A comment's events share its key, so
 * they arrive in order; each handler is idempotent on its own (a fact keyed by the comment's id, a revision or a
 * decision older than the one recorded changes nothing), so none needs a memory of handled events.
 */
@Component
public class CommentProjection {

    private final FactWriter facts;
    private final TimeBuckets buckets;

    CommentProjection(MongoTemplate mongo, InsightsSettings settings) {
        this.facts = new FactWriter(mongo);
        this.buckets = new TimeBuckets(settings.timeZone());
    }

    public void driveOpened(CommentDriveOpened e) {
        facts.upsert(Facts.ITEMS, Facts.itemKey(Facts.DRIVE, e.driveId()), item(e.driveId(), e.campaignId())
                .append("titleEs", e.titleEs()).append("titleEn", e.titleEn())
                .append("publicBodyId", e.publicBodyId()).append("publicBodyKind", e.publicBodyKind())
                .append("agendaItemNumber", e.agendaItemNumber()).append("meetingAt", date(e.meetingAt()))
                .append("timeZone", e.timeZone()).append("commentDeadline", date(e.commentDeadline()))
                .append("openedAt", date(e.openedAt())).append("status", "OPEN"));
    }

    public void driveClosed(CommentDriveClosed e) {
        facts.upsert(Facts.ITEMS, Facts.itemKey(Facts.DRIVE, e.driveId()), item(e.driveId(), e.campaignId())
                .append("status", "CLOSED").append("closedAt", date(e.closedAt()))
                .append("closeReason", e.reason() == null ? null : e.reason().name())
                .append("confirmedAtClose", e.confirmedCommentCount()));
    }

    /**
     * The first revision creates the fact in one write; a later one (or a first one delivered again) replaces what
     * an older revision wrote and keeps the earliest confirmation time.
     */
    public void submitted(CommentSubmitted e) {
        if (facts.insertIfAbsent(Facts.COMMENTS, e.commentId(), submittedFields(e, e.submittedAt())
                .append("withdrawn", false))) {
            return;
        }
        Document existing = facts.find(Facts.COMMENTS, e.commentId());
        if (existing != null && existing.get("revision", 0) >= e.revision()) {
            return;
        }
        Instant first = e.submittedAt();
        if (existing != null && existing.get("at") instanceof Date earlier && earlier.toInstant().isBefore(first)) {
            first = earlier.toInstant();
        }
        facts.upsert(Facts.COMMENTS, e.commentId(), submittedFields(e, first), new Document("withdrawn", false));
    }

    private Document submittedFields(CommentSubmitted e, Instant first) {
        Document set = new Document("driveId", e.driveId()).append("campaignId", e.campaignId())
                .append("supporterId", e.supporterId())
                .append("position", e.position() == null ? null : e.position().name())
                .append("community", e.community()).append("language", e.language())
                .append("shareSource", e.shareSource())
                .append("wantsToSpeak", e.wantsToSpeak()).append("volunteerOptIn", e.volunteerOptIn())
                .append("revision", e.revision()).append("at", date(first))
                .append("revisedAt", date(e.submittedAt()));
        set.putAll(buckets.of(first));
        return set;
    }

    public void withdrawn(CommentWithdrawn e) {
        facts.upsert(Facts.COMMENTS, e.commentId(), new Document("driveId", e.driveId())
                .append("campaignId", e.campaignId()).append("withdrawn", true)
                .append("withdrawnAt", date(e.withdrawnAt())), new Document("revision", 0));
    }

    /**
     * The latest decision wins, by its time, whatever order decisions are delivered in: a decision older than the one
     * recorded changes nothing, so a redelivered one is harmless without a memory of handled events.
     */
    public void moderated(CommentModerated e) {
        Document set = new Document("driveId", e.driveId()).append("campaignId", e.campaignId())
                .append("moderation", e.decision() == null ? null : e.decision().name())
                .append("rejectionReason", e.reasonCode()).append("moderatedAutomatically", e.automatic())
                .append("moderatedAt", date(e.moderatedAt()));
        Bson notLater = e.moderatedAt() == null ? Filters.eq("_id", e.commentId())
                : Filters.and(Filters.eq("_id", e.commentId()), Filters.or(Filters.eq("moderatedAt", null),
                        Filters.lte("moderatedAt", date(e.moderatedAt()))));
        if (!facts.setWhere(Facts.COMMENTS, notLater, set)) {
            facts.insertIfAbsent(Facts.COMMENTS, e.commentId(), set.append("revision", 0).append("withdrawn", false));
        }
    }

    public void packetCompiled(CommentPacketCompiled e) {
        facts.upsert(Facts.PACKETS, e.packetId(), new Document("driveId", e.driveId())
                .append("campaignId", e.campaignId()).append("commentCount", e.commentCount())
                .append("uniqueCommentCount", e.uniqueCommentCount()).append("groupCount", e.groupCount())
                .append("speakerCount", e.speakerCount()).append("countsByPosition", counts(e.countsByPosition()))
                .append("countsByCommunity", counts(e.countsByCommunity()))
                .append("countsByLanguage", counts(e.countsByLanguage())).append("compiledAt", date(e.compiledAt())));
    }

    public void packetDelivered(CommentPacketDelivered e) {
        facts.upsert(Facts.PACKET_DELIVERIES, e.packetId() + "#" + e.deliveryNumber(), new Document("packetId", e.packetId())
                .append("driveId", e.driveId()).append("campaignId", e.campaignId())
                .append("publicBodyId", e.publicBodyId()).append("deliveryNumber", e.deliveryNumber())
                .append("notificationRequestId", e.notificationRequestId())
                .append("deliveredAt", date(e.deliveredAt())));
    }

    private static Document item(String driveId, String campaignId) {
        return new Document("kind", Facts.DRIVE).append("itemId", driveId).append("campaignId", campaignId);
    }
}
