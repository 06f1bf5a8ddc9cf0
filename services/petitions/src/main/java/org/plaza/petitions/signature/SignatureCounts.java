package org.plaza.petitions.signature;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.bson.Document;
import org.plaza.petitions.tally.Channels;
import org.plaza.petitions.tally.CountSource;
import org.plaza.petitions.tally.Counts;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Counts a petition by reading its signatures (streamed, five fields each): the reconciler's truth. */
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
        query.fields().include("status", "invalidation", "flag", "community", "channel");
        long total = 0;
        long verified = 0;
        Map<String, Long> byCommunity = new HashMap<>();
        Map<String, Long> byChannel = new HashMap<>();
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
                    String channel = doc.getString("channel");
                    byChannel.merge(channel == null ? Channels.WEB : channel, 1L, Long::sum);
                }
            }
        }
        return new Counts(total, verified, byCommunity, clock.instant(), byChannel);
    }
}
