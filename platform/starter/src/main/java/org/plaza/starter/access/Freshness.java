package org.plaza.starter.access;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Date;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The one freshness policy of what services keep from {@code plaza.campaigns}: a value carries the time of the
 * event that set it, and an event replaces it only if its own time is not before that one. All events of a campaign
 * share its key, so events of equal time arrive in the order they were raised; an older event that arrives late,
 * a redelivery and a replay of the topic change nothing. {@link CampaignTeamProjection} keeps the teams with it; a
 * service that keeps more of a campaign (its titles) uses it for that part.
 */
public final class Freshness {

    private Freshness() {
    }

    /**
     * Sets {@code update} and {@code timeField = at} on the document {@code id} of {@code collection} (inserting
     * it if missing), unless its {@code timeField} is after {@code at}; one conditional upsert.
     *
     * @return whether the event was applied
     */
    public static boolean applyUnlessNewer(MongoTemplate mongo, String collection, String id, String timeField,
            Instant at, Update update) {
        Date time = Date.from(at == null ? Instant.EPOCH : at);
        Query notNewer = Query.query(where("_id").is(id)
                .orOperator(where(timeField).lte(time), where(timeField).exists(false)));
        return upsert(mongo, collection, notNewer, update.set(timeField, time));
    }

    /**
     * Sets {@code update} on the document {@code id} (inserting it if missing) only while its {@code once} field is
     * unset: for a fact that happens once (a campaign closing).
     */
    public static boolean applyOnce(MongoTemplate mongo, String collection, String id, String once, Instant at,
            Update update) {
        Query notYet = Query.query(where("_id").is(id).and(once).exists(false));
        return upsert(mongo, collection, notYet, update.set(once, Date.from(at == null ? Instant.EPOCH : at)));
    }

    /** When the query names the document but matches nothing, either it is new (inserted) or it holds something newer. */
    private static boolean upsert(MongoTemplate mongo, String collection, Query query, Update update) {
        try {
            mongo.upsert(query, update, collection);
            return true;
        } catch (DuplicateKeyException newerKept) {
            return false;
        }
    }
}
