package org.plaza.petitions.signature;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.bson.Document;
import org.plaza.petitions.tally.CountSource;
import org.plaza.petitions.tally.Counts;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Counts a petition by reading its signatures (streamed, four fields each): the reconciler's truth. */
@Component
class SignatureCounts implements CountSource {

    private final MongoTemplate mongo;
    private final Clock clock;

    SignatureCounts(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public Counts countFromSignatures(String petitionId) {
        Query query = Query.query(Criteria.where("petitionId").is(petitionId));
        query.fields().include("status", "invalidation", "flag", "community");
        long total = 0;
        long verified = 0;
        Map<String, Long> byCommunity = new HashMap<>();
        try (Stream<Document> docs = mongo.stream(query, Document.class, "signatures")) {
            for (Document doc : (Iterable<Document>) docs::iterator) {
                boolean valid = doc.get("invalidation") == null && doc.get("flag") == null;
                if (!valid) {
                    continue;
                }
                total++;
                if (SignatureStatus.VERIFIED.name().equals(doc.getString("status"))) {
                    verified++;
                    byCommunity.merge(doc.getString("community"), 1L, Long::sum);
                }
            }
        }
        return new Counts(total, verified, byCommunity, clock.instant());
    }
}
