package org.plaza.campaigns.action;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Verified signatures per petition, counted from the per-signature documents in one aggregation: those
 * verified and held by no invalidation batch.
 */
@Component
class VerifiedCounts {

    private final MongoTemplate mongo;

    VerifiedCounts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Map<String, Long> of(Collection<String> petitionIds) {
        Map<String, Long> counts = new HashMap<>();
        if (petitionIds.isEmpty()) {
            return counts;
        }
        Aggregation aggregation = Aggregation.newAggregation(
                Aggregation.match(where("petitionId").in(petitionIds).and("verified").is(true)
                        .and("invalidatedBy").size(0)),
                Aggregation.group("petitionId").count().as("count"));
        for (Document row : mongo.aggregate(aggregation, SignatureMark.COLLECTION, Document.class)) {
            counts.put(row.getString("_id"), ((Number) row.get("count")).longValue());
        }
        return counts;
    }
}
