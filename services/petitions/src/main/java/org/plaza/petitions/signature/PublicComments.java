package org.plaza.petitions.signature;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The newest visible comments of signatures that count, shown on the petition page: cached per petition
 * for a minute, and forgotten at once when this instance moderates one of the petition's comments.
 */
@Service
public class PublicComments {

    private static final Duration CACHE = Duration.ofSeconds(60);
    private static final int SHOWN = 20;

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Map<String, Cached> recent = new ConcurrentHashMap<>();

    PublicComments(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public List<PublicComment> recent(String petitionId) {
        Instant now = clock.instant();
        Cached cached = recent.get(petitionId);
        if (cached == null || cached.at.plus(CACHE).isBefore(now)) {
            Query query = Query.query(Criteria.where("petitionId").is(petitionId).and("signer.comment").ne(null)
                    .and("status").is(SignatureStatus.VERIFIED.name())
                    .and("commentModeration").is(null).and("invalidation").is(null).and("flag").is(null))
                    .with(Sort.by(Sort.Direction.DESC, "verifiedAt")).limit(SHOWN);
            List<PublicComment> comments = mongo.find(query, Signature.class).stream()
                    .map(s -> new PublicComment(s.signer().comment(), s.community(), s.verifiedAt())).toList();
            cached = new Cached(comments, now);
            recent.put(petitionId, cached);
        }
        return cached.comments;
    }

    /** A comment of the petition was hidden or restored: the next page view reads them again. */
    public void forget(String petitionId) {
        recent.remove(petitionId);
    }

    private record Cached(List<PublicComment> comments, Instant at) {
    }
}
