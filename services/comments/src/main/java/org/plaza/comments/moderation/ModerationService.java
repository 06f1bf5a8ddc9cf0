package org.plaza.comments.moderation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.plaza.comments.comment.Comment;
import org.plaza.comments.comment.CommentStatus;
import org.plaza.comments.comment.Comments;
import org.plaza.comments.comment.Moderation;
import org.plaza.comments.comment.RejectionReason;
import org.plaza.comments.drive.CommentDrive;
import org.plaza.comments.drive.DriveService;
import org.plaza.comments.screening.Flag;
import org.plaza.comments.support.Texts;
import org.plaza.starter.access.CampaignAccess;
import org.plaza.starter.mongo.Retries;
import org.plaza.starter.problem.PlazaProblem;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Moderators' decisions on confirmed comments. Each decision is its own write (and its own
 * {@code CommentModerated}), so a bulk action over thousands of comments never holds one big document.
 */
@Service
class ModerationService {

    static final int PAGE_MAX = 200;

    private final DriveService drives;
    private final Comments comments;
    private final MongoTemplate mongo;
    private final CampaignAccess access;
    private final MeterRegistry meters;
    private final Clock clock;

    ModerationService(DriveService drives, Comments comments, MongoTemplate mongo, CampaignAccess access,
            MeterRegistry meters, Clock clock) {
        this.drives = drives;
        this.comments = comments;
        this.mongo = mongo;
        this.access = access;
        this.meters = meters;
        this.clock = clock;
    }

    List<Comment> queue(String driveId, Moderation state, Flag flag, int page, int size) {
        drives.moderated(driveId);
        Criteria criteria = Criteria.where("driveId").is(driveId).and("status").is(CommentStatus.CONFIRMED)
                .and("moderation").is(state);
        if (flag != null) {
            criteria = criteria.and("flags").is(flag);
        }
        int pageSize = Math.min(Math.max(1, size), PAGE_MAX);
        Query query = Query.query(criteria).with(Sort.by("_id")).skip((long) Math.max(0, page) * pageSize)
                .limit(pageSize);
        return mongo.find(query, Comment.class);
    }

    record Decision(String commentId, Moderation decision, RejectionReason reason, String note) {
    }

    record Result(String commentId, String outcome) {
    }

    List<Result> decide(String driveId, List<Decision> decisions) {
        CommentDrive drive = drives.moderated(driveId);
        PlazaProblem invalid = null;
        for (int i = 0; i < decisions.size(); i++) {
            Decision decision = decisions.get(i);
            if (decision.decision() == Moderation.PENDING) {
                invalid = field(invalid, "decisions[" + i + "].decision", "comments.moderation.decision.invalid");
            }
            if (decision.decision() == Moderation.REJECTED && decision.reason() == null) {
                invalid = field(invalid, "decisions[" + i + "].reason", "comments.moderation.reason.required");
            }
            if (decision.note() != null && (Texts.length(decision.note()) > 1000
                    || Texts.hasControlCharacters(Texts.tidy(decision.note()), true))) {
                invalid = field(invalid, "decisions[" + i + "].note", "comments.moderation.note.invalid");
            }
        }
        if (invalid != null) {
            throw invalid;
        }
        String staffId = access.staffId();
        List<Result> results = new ArrayList<>();
        for (Decision decision : decisions) {
            results.add(new Result(decision.commentId(), apply(drive, decision, staffId)));
        }
        return results;
    }

    /** Approves every confirmed comment still waiting that screening did not flag. */
    int approveUnflagged(String driveId) {
        CommentDrive drive = drives.moderated(driveId);
        String staffId = access.staffId();
        Query waiting = Query.query(Criteria.where("driveId").is(driveId).and("status").is(CommentStatus.CONFIRMED)
                .and("moderation").is(Moderation.PENDING)).with(Sort.by("_id"));
        waiting.fields().include("_id").include("flags");
        List<String> ids = mongo.find(waiting, Document.class, "comments").stream()
                .filter(doc -> doc.getList("flags", String.class, List.of()).isEmpty())
                .map(doc -> doc.getString("_id")).toList();
        int approved = 0;
        for (String id : ids) {
            if ("CHANGED".equals(apply(drive, new Decision(id, Moderation.APPROVED, null, null), staffId))) {
                approved++;
            }
        }
        return approved;
    }

    void translate(String commentId, String text) {
        String translation = Texts.tidy(text);
        if (translation != null && (Texts.length(translation) > 20000 || Texts.hasControlCharacters(translation, true))) {
            throw PlazaProblem.badRequest("validation", "plaza.problem.validation")
                    .withFieldError("text", "comments.moderation.translation.invalid");
        }
        Retries.onConflict(5, () -> {
            Comment comment = comments.findById(commentId)
                    .orElseThrow(() -> PlazaProblem.notFound("comment-not-found", "comments.problem.comment-not-found"));
            access.requireModerate(comment.campaignId());
            comment.translate(translation == null || translation.isEmpty() ? null : translation);
            comments.save(comment);
        });
    }

    private String apply(CommentDrive drive, Decision decision, String staffId) {
        return Retries.onConflict(5, () -> {
            Comment comment = comments.findById(decision.commentId()).orElse(null);
            if (comment == null || !comment.driveId().equals(drive.id())) {
                return "NOT_FOUND";
            }
            if (comment.status() != CommentStatus.CONFIRMED) {
                return "NOT_CONFIRMED";
            }
            String note = Texts.tidy(decision.note());
            if (!comment.moderate(decision.decision(), decision.reason(), note, staffId, clock.instant())) {
                return "UNCHANGED";
            }
            comments.save(comment);
            meters.counter("plaza.comments.moderated", "decision", decision.decision().name()).increment();
            return "CHANGED";
        });
    }

    private static PlazaProblem field(PlazaProblem problem, String field, String key) {
        PlazaProblem result = problem != null ? problem : PlazaProblem.badRequest("validation", "plaza.problem.validation");
        return result.withFieldError(field, key);
    }
}
