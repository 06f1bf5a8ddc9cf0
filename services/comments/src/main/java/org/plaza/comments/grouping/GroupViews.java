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
import org.plaza.events.comments.CommentSubmitted.Position;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** A drive's groups (largest first, with one member's text) and a group's members, for the API and the pages. */
@Component
class GroupViews {

    private final Grouping grouping;
    private final Comments comments;
    private final MongoTemplate mongo;

    GroupViews(Grouping grouping, Comments comments, MongoTemplate mongo) {
        this.grouping = grouping;
        this.comments = comments;
        this.mongo = mongo;
    }

    List<GroupView> groups(String driveId, int minSize, int limit) {
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

    List<MemberView> members(String driveId, String groupKey) {
        Query query = Query.query(Criteria.where("driveId").is(driveId).and("groupKey").is(groupKey)
                .and("status").is(CommentStatus.CONFIRMED)).with(Sort.by("_id")).limit(1000);
        return mongo.find(query, Comment.class).stream().map(MemberView::of).toList();
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
