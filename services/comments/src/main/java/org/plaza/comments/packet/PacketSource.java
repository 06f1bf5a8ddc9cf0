package org.plaza.comments.packet;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.count;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.facet;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.sort;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.bson.Document;
import org.plaza.comments.comment.CommentStatus;
import org.plaza.comments.comment.Moderation;
import org.plaza.comments.drive.CommentDrive;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.AggregationOptions;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * What goes into a drive's packet, read from MongoDB as cursors: confirmed, approved comments confirmed
 * before the drive closed. Totals are computed by the database; comments arrive one batch at a time.
 */
final class PacketSource {

    private static final String COMMENTS = "comments";
    private static final int BATCH = 500;

    private final MongoTemplate mongo;
    private final CommentDrive drive;

    PacketSource(MongoTemplate mongo, CommentDrive drive) {
        this.mongo = mongo;
        this.drive = drive;
    }

    CommentDrive drive() {
        return drive;
    }

    private Criteria included() {
        return Criteria.where("driveId").is(drive.id()).and("status").is(CommentStatus.CONFIRMED.name())
                .and("moderation").is(Moderation.APPROVED.name()).and("confirmedAt").lt(drive.cutoff());
    }

    /** The cover's counts: one pass of the database over the drive's comments, and one over its groups. */
    PacketTotals totals() {
        Document facets = mongo.aggregate(newAggregation(match(included()),
                facet(group("content.position").count().as("count")).as("position")
                        .and(group("content.community").count().as("count")).as("community")
                        .and(group("content.language").count().as("count")).as("language")
                        .and(match(Criteria.where("content.wantsToSpeak").is(true)), count().as("count")).as("speakers")),
                COMMENTS, Document.class).getUniqueMappedResult();
        Map<String, Integer> byPosition = counts(facets, "position");
        Map<String, Integer> byCommunity = counts(facets, "community");
        Map<String, Integer> byLanguage = counts(facets, "language");
        int total = byPosition.values().stream().mapToInt(Integer::intValue).sum();
        int speakers = counts(facets, "speakers").values().stream().mapToInt(Integer::intValue).sum();
        int groups = 0;
        int grouped = 0;
        try (Stream<Document> multi = multiGroups()) {
            for (Document group : (Iterable<Document>) multi::iterator) {
                groups++;
                grouped += ((Number) group.get("size")).intValue();
            }
        }
        return new PacketTotals(total, total - grouped, groups, grouped, speakers, byPosition, byCommunity, byLanguage);
    }

    /** Groups of two or more comments, sorted by key, with their sizes. */
    Stream<Document> multiGroups() {
        return mongo.aggregateStream(newAggregation(
                match(included().and("groupKey").ne(null)),
                group("groupKey").count().as("size"),
                match(Criteria.where("size").gt(1)),
                sort(Sort.by("_id"))).withOptions(AggregationOptions.builder().allowDiskUse(true).cursorBatchSize(BATCH)
                        .build()), COMMENTS, Document.class);
    }

    /** Every included comment, sorted by group and then by arrival. */
    Stream<PacketRow> byGroup() {
        Query query = Query.query(included()).with(Sort.by("groupKey", "_id")).cursorBatchSize(BATCH);
        query.fields().include(PacketRow.FIELDS);
        return mongo.stream(query, Document.class, COMMENTS).map(PacketRow::of);
    }

    /** Residents who asked to speak, in the order they commented. */
    Stream<PacketRow> speakers() {
        Query query = Query.query(included().and("content.wantsToSpeak").is(true)).with(Sort.by("_id"))
                .cursorBatchSize(BATCH);
        query.fields().include(PacketRow.FIELDS);
        return mongo.stream(query, Document.class, COMMENTS).map(PacketRow::of);
    }

    private static Map<String, Integer> counts(Document facets, String facet) {
        Map<String, Integer> counts = new TreeMap<>();
        if (facets == null) {
            return counts;
        }
        for (Document row : facets.getList(facet, Document.class, java.util.List.of())) {
            Object key = row.get("_id");
            counts.put(key == null ? "UNKNOWN" : key.toString(), ((Number) row.get("count")).intValue());
        }
        return counts;
    }
}
