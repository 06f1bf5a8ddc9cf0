package org.plaza.supporters.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.bson.Document;
import org.plaza.supporters.broadcast.Audience;
import org.plaza.supporters.broadcast.AudienceFilter;
import org.plaza.supporters.broadcast.Recipient;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The broadcast's view of the supporter directory for tests, kept in MongoDB ({@code test_audience}) and streamed
 * from it with a cursor, as the directory does: so a queue test reads recipients as the service will. Its reach is
 * {@link Audience}'s own, read from the stream.
 */
public class StoredAudience implements Audience {

    static final String COLLECTION = "test_audience";

    private final MongoTemplate mongo;
    private volatile int failAfter = -1;

    StoredAudience(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Adds supporters of a campaign: {@code count} of them, {@code sup_<prefix><n>}, every {@code skipEvery}-th without consent. */
    public void add(String campaignId, String prefix, int count, int skipEvery, String did, String community) {
        List<Document> batch = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            String id = "sup_" + prefix + String.format("%07d", n);
            batch.add(new Document("_id", id).append("campaignId", campaignId).append("email", id + "@example.org")
                    .append("name", "Vecina " + n).append("locale", n % 2 == 0 ? "es" : "en")
                    .append("consent", skipEvery == 0 || n % skipEvery != 0).append("did", did)
                    .append("community", community));
            if (batch.size() == 1000) {
                insert(batch);
            }
        }
        insert(batch);
    }

    /** One supporter, as given. */
    public void add(String campaignId, Recipient recipient, String did, String community) {
        mongo.save(new Document("_id", recipient.supporterId()).append("campaignId", campaignId)
                .append("email", recipient.email()).append("name", recipient.displayName())
                .append("locale", recipient.locale()).append("consent", recipient.campaignUpdatesByEmail())
                .append("phone", recipient.phone()).append("textConsent", recipient.campaignUpdatesByText())
                .append("did", did).append("community", community), COLLECTION);
    }

    /** The next stream breaks after {@code recipients} recipients, as a crash would (then streams work again). */
    public void failNextStreamAfter(int recipients) {
        failAfter = recipients;
    }

    public boolean consents(String supporterId) {
        Document found = mongo.findById(supporterId, Document.class, COLLECTION);
        return found != null && Boolean.TRUE.equals(found.getBoolean("consent"));
    }

    private void insert(List<Document> batch) {
        if (!batch.isEmpty()) {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION).insert(batch).execute();
            batch.clear();
        }
    }

    @Override
    public long count(String campaignId, AudienceFilter filter) {
        return mongo.count(query(campaignId, filter), COLLECTION);
    }

    @Override
    public Stream<Recipient> stream(String campaignId, AudienceFilter filter, String afterSupporterId) {
        Query query = query(campaignId, filter);
        if (afterSupporterId != null) {
            query.addCriteria(Criteria.where("_id").gt(afterSupporterId));
        }
        int breakAfter = failAfter;
        failAfter = -1;
        AtomicInteger streamed = new AtomicInteger();
        return mongo.stream(query.with(Sort.by("_id")), Document.class, COLLECTION).map(d -> {
            if (breakAfter >= 0 && streamed.getAndIncrement() == breakAfter) {
                throw new IllegalStateException("the instance stopped here");
            }
            return new Recipient(d.getString("_id"), d.getString("email"), d.getString("name"), d.getString("locale"),
                    Boolean.TRUE.equals(d.getBoolean("consent")), d.getString("phone"),
                    Boolean.TRUE.equals(d.getBoolean("textConsent")));
        });
    }

    @Override
    public void withdrawConsent(String supporterId, String channel, String category, String changeId,
            String viaRequestId, Instant at) {
        if ("CAMPAIGN_UPDATES".equals(category)) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(supporterId)),
                    Update.update("SMS".equals(channel) ? "textConsent" : "consent", false), COLLECTION);
        }
    }

    @Override
    public void restoreConsent(String supporterId, String channel, String category, String changeId, Instant at) {
        if ("EMAIL".equals(channel) && "CAMPAIGN_UPDATES".equals(category)) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(supporterId)), Update.update("consent", true),
                    COLLECTION);
        }
    }

    private static Query query(String campaignId, AudienceFilter filter) {
        Criteria criteria = Criteria.where("campaignId").is(campaignId);
        if (filter.did() != null) {
            criteria = criteria.and("did").is(filter.did());
        }
        if (filter.community() != null) {
            criteria = criteria.and("community").is(filter.community());
        }
        return Query.query(criteria);
    }
}
