package org.plaza.comments.grouping;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.limit;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.sort;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bson.Document;
import org.plaza.comments.comment.Comment;
import org.plaza.comments.comment.CommentStatus;
import org.plaza.comments.comment.Comments;
import org.plaza.comments.drive.CommentDrive;
import org.plaza.comments.drive.CommentDrives;
import org.plaza.comments.drive.DriveService;
import org.plaza.events.comments.CommentSubmitted.Position;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** Organizers review mass-comment groups, split and merge them, and choose the similarity threshold. */
@RestController
class GroupsApi {

    private final DriveService drives;
    private final CommentDrives driveStore;
    private final Grouping grouping;
    private final Comments comments;
    private final MongoTemplate mongo;

    GroupsApi(DriveService drives, CommentDrives driveStore, Grouping grouping, Comments comments, MongoTemplate mongo) {
        this.drives = drives;
        this.driveStore = driveStore;
        this.grouping = grouping;
        this.comments = comments;
        this.mongo = mongo;
    }

    @GetMapping("/api/staff/comments/drives/{driveId}/groups")
    List<GroupView> groups(@PathVariable String driveId, @RequestParam(defaultValue = "2") int minSize,
            @RequestParam(defaultValue = "100") int limit) {
        drives.managed(driveId);
        grouping.groupPending(driveId);
        List<Document> rows = mongo.aggregate(newAggregation(
                match(Criteria.where("driveId").is(driveId).and("status").is(CommentStatus.CONFIRMED.name())),
                group("groupKey").count().as("size").min("_id").as("firstId"),
                match(Criteria.where("size").gte(Math.max(1, minSize))),
                sort(Sort.by(Sort.Order.desc("size"), Sort.Order.asc("_id"))),
                limit(Math.min(Math.max(1, limit), 1000))), "comments", Document.class).getMappedResults();
        Map<String, Comment> firsts = comments.findAllById(rows.stream().map(row -> row.getString("firstId")).toList())
                .stream().collect(Collectors.toMap(Comment::id, Function.identity()));
        return rows.stream().map(row -> {
            Comment first = firsts.get(row.getString("firstId"));
            return new GroupView(row.getString("_id"), ((Number) row.get("size")).intValue(),
                    first == null ? null : first.content().text());
        }).toList();
    }

    @GetMapping("/api/staff/comments/drives/{driveId}/groups/{groupKey}")
    List<MemberView> members(@PathVariable String driveId, @PathVariable String groupKey) {
        drives.managed(driveId);
        Query query = Query.query(Criteria.where("driveId").is(driveId).and("groupKey").is(groupKey)
                .and("status").is(CommentStatus.CONFIRMED)).with(Sort.by("_id")).limit(1000);
        return mongo.find(query, Comment.class).stream().map(MemberView::of).toList();
    }

    @PostMapping("/api/staff/comments/drives/{driveId}/groups/split")
    Map<String, String> split(@PathVariable String driveId, @Valid @RequestBody Split request) {
        drives.managed(driveId);
        return Map.of("groupKey", grouping.split(driveId, request.commentIds()));
    }

    @PostMapping("/api/staff/comments/drives/{driveId}/groups/merge")
    Map<String, String> merge(@PathVariable String driveId, @Valid @RequestBody Merge request) {
        drives.managed(driveId);
        return Map.of("groupKey", grouping.merge(driveId, request.groupKeys()));
    }

    @PostMapping("/api/staff/comments/drives/{driveId}/groups/regroup")
    Map<String, Object> regroup(@PathVariable String driveId, @Valid @RequestBody Regroup request) {
        CommentDrive drive = drives.managed(driveId);
        if (request.similarityThreshold() != null) {
            drive.similarityThreshold(request.similarityThreshold());
            driveStore.save(drive);
        }
        int grouped = grouping.regroup(driveId);
        return Map.of("grouped", grouped);
    }

    record Split(@NotEmpty @Size(max = 1000) List<String> commentIds) {
    }

    record Merge(@NotEmpty @Size(min = 2, max = 1000) List<String> groupKeys) {
    }

    record Regroup(@DecimalMin(value = "0.0", inclusive = false) @DecimalMax("1.0") Double similarityThreshold) {
    }

    record GroupView(String groupKey, int size, String text) {
    }

    record MemberView(String commentId, String name, String community, Position position, String language,
            String text, boolean pinned) {
        static MemberView of(Comment comment) {
            var content = comment.content();
            return new MemberView(comment.id(), content.name(), content.community(), content.position(),
                    content.language(), content.text(), comment.groupPinned());
        }
    }
}
