package org.plaza.petitions.tally;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;
import org.plaza.petitions.PetitionSettings;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The sharded counters of every petition, collection {@code signature_tallies}: one document per
 * (petition, shard) with {@code total}, {@code verified}, {@code byCommunity.<CODE>}, {@code byChannel.<CHANNEL>} and {@code ops}.
 * A signature always lands in the same shard (chosen from its id), so a viral petition spreads its
 * writes over {@code plaza.petitions.counting.shards} documents instead of one.
 */
@Component
public class Tallies {

    static final String COLLECTION = "signature_tallies";

    private final MongoTemplate mongo;
    private final int shards;
    private final Clock clock;
    private final Map<String, Instant> touched = new ConcurrentHashMap<>();
    private final Set<String> changedSinceTick = ConcurrentHashMap.newKeySet();
    private final Counter failures;

    Tallies(MongoTemplate mongo, PetitionSettings settings, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.shards = settings.counting().shards();
        this.clock = clock;
        this.failures = Counter.builder("plaza.petitions.tallies.failures")
                .description("Counter updates that failed (the reconciler corrects them)").register(meters);
    }

    /** Applies the change from {@code before} to {@code after} of one signature's contribution. */
    public void change(String petitionId, String signatureId, Contribution before, Contribution after) {
        Map<String, Long> byCommunity = new HashMap<>();
        if (before.verified() != 0) {
            byCommunity.merge(before.community(), (long) -before.verified(), Long::sum);
        }
        if (after.verified() != 0) {
            byCommunity.merge(after.community(), (long) after.verified(), Long::sum);
        }
        Map<String, Long> byChannel = new HashMap<>();
        if (before.verified() != 0 && before.channel() != null) {
            byChannel.merge(before.channel(), (long) -before.verified(), Long::sum);
        }
        if (after.verified() != 0 && after.channel() != null) {
            byChannel.merge(after.channel(), (long) after.verified(), Long::sum);
        }
        add(petitionId, shardOf(signatureId), after.total() - before.total(), after.verified() - before.verified(),
                byCommunity, byChannel);
    }

    /** Adds the given amounts to one shard of a petition; the reconciler uses shard 0. */
    void add(String petitionId, int shard, long total, long verified, Map<String, Long> byCommunity,
            Map<String, Long> byChannel) {
        Update update = new Update();
        if (total != 0) {
            update.inc("total", total);
        }
        if (verified != 0) {
            update.inc("verified", verified);
        }
        byCommunity.forEach((community, n) -> {
            if (n != 0) {
                update.inc("byCommunity." + community, n);
            }
        });
        byChannel.forEach((channel, n) -> {
            if (n != 0) {
                update.inc("byChannel." + channel, n);
            }
        });
        if (update.getUpdateObject().isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        update.inc("ops", 1).set("touchedAt", now).setOnInsert("petitionId", petitionId);
        try {
            mongo.upsert(Query.query(Criteria.where("_id").is(shardId(petitionId, shard))), update, COLLECTION);
        } catch (RuntimeException e) {
            failures.increment();
            throw e;
        } finally {
            touched.put(petitionId, now);
            if (verified != 0) {
                changedSinceTick.add(petitionId);
            }
        }
    }

    /** The sum of a petition's shards, read now. */
    public ShardSum read(String petitionId) {
        List<String> ids = new ArrayList<>(shards);
        for (int i = 0; i < shards; i++) {
            ids.add(shardId(petitionId, i));
        }
        long total = 0;
        long verified = 0;
        long ops = 0;
        Instant lastTouched = null;
        Map<String, Long> byCommunity = new HashMap<>();
        Map<String, Long> byChannel = new HashMap<>();
        for (Document doc : mongo.getCollection(COLLECTION).find(new Document("_id", new Document("$in", ids)))) {
            total += number(doc.get("total"));
            verified += number(doc.get("verified"));
            ops += number(doc.get("ops"));
            Document communities = doc.get("byCommunity", Document.class);
            if (communities != null) {
                communities.forEach((code, n) -> byCommunity.merge(code, number(n), Long::sum));
            }
            Document channels = doc.get("byChannel", Document.class);
            if (channels != null) {
                channels.forEach((channel, n) -> byChannel.merge(channel, number(n), Long::sum));
            }
            Date at = doc.getDate("touchedAt");
            if (at != null && (lastTouched == null || at.toInstant().isAfter(lastTouched))) {
                lastTouched = at.toInstant();
            }
        }
        byCommunity.values().removeIf(n -> n == 0);
        byChannel.values().removeIf(n -> n == 0);
        return new ShardSum(new Counts(total, verified, byCommunity, clock.instant(), byChannel), ops, lastTouched);
    }

    /**
     * Petitions whose verified count this instance changed since the last call: what milestones depend on. A
     * signature that only waits for its confirmation changes the total alone, which the pages read through
     * {@link LiveCounts} when someone asks.
     */
    Set<String> drainChanged() {
        Set<String> changed = Set.copyOf(changedSinceTick);
        changedSinceTick.removeAll(changed);
        return changed;
    }

    void markChanged(String petitionId) {
        changedSinceTick.add(petitionId);
    }

    /** When this instance last changed each petition's counters. */
    Map<String, Instant> lastTouched() {
        return Map.copyOf(touched);
    }

    void touchedAt(String petitionId, Instant at) {
        touched.merge(petitionId, at, (old, added) -> old.isAfter(added) ? old : added);
    }

    void forgetTouched(String petitionId, Instant ifAt) {
        touched.remove(petitionId, ifAt);
    }

    int shardOf(String signatureId) {
        return Math.floorMod(signatureId.hashCode(), shards);
    }

    static String shardId(String petitionId, int shard) {
        return petitionId + "#" + shard;
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }

    /** A petition's shards added up, with the number of changes ever applied and the last change. */
    public record ShardSum(Counts counts, long ops, Instant lastTouched) {
    }
}
