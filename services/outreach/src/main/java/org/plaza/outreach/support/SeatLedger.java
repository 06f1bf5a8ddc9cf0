package org.plaza.outreach.support;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.size;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * A seat ledger: one small document per occasion (a shift, a meeting) in its own collection that says who holds
 * its places and who waits, changed only by single-document conditional updates, so capacity holds however many
 * requests arrive at once. The invariant is {@code seated + openSpots == capacity}: a claim takes a place only while
 * {@code openSpots > 0}; joining the waitlist happens only while it is 0; a release either hands the place to the
 * first in line (in the same update that removes the leaver) or gives it back. Shifts ({@code shift.Seats}) and
 * meetings ({@code meeting.MeetingSeats}) each keep one.
 *
 * <pre>{ _id: occasionId, capacity, openSpots, open, startsAt, seats: { holderId: since }, waitlist: [holderId…] }</pre>
 */
public class SeatLedger {

    private static final FindOneAndUpdateOptions AFTER = new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER);
    private static final FindOneAndUpdateOptions BEFORE = new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE);
    private static final int MAX_ATTEMPTS = 50;

    private final MongoTemplate mongo;
    private final String collection;

    protected SeatLedger(MongoTemplate mongo, String collection) {
        this.mongo = mongo;
        this.collection = collection;
    }

    /** An occasion's places as the ledger holds them now. */
    public record Ledger(int capacity, int openSpots, boolean open, Set<String> seated, List<String> waitlist) {

        /** 1 for the first in line; 0 when not waiting. */
        public int waitlistPosition(String holderId) {
            return waitlist.indexOf(holderId) + 1;
        }
    }

    /**
     * What a release did: the places left, who took the place if someone was waiting, whether the holder held
     * anything, and how many hold a place and wait once it was done.
     */
    public record Release(int openSpots, Optional<String> promoted, boolean held, int seated, int waiting) {
    }

    /** Opens the ledger of a new occasion; opening it again changes nothing. */
    protected void open(String id, int capacity, boolean open, Instant startsAt) {
        collection().updateOne(eq("_id", id), Updates.combine(
                Updates.setOnInsert("capacity", capacity),
                Updates.setOnInsert("openSpots", capacity),
                Updates.setOnInsert("open", open),
                Updates.setOnInsert("startsAt", Date.from(startsAt)),
                Updates.setOnInsert("seats", new Document()),
                Updates.setOnInsert("waitlist", List.of())),
                new UpdateOptions().upsert(true));
    }

    /** No more places are given or promised (the occasion was cancelled). */
    public void close(String id) {
        collection().updateOne(eq("_id", id), Updates.set("open", false));
    }

    /** The occasion moved: places are given until its new start. */
    public void startsAt(String id, Instant startsAt) {
        collection().updateOne(eq("_id", id), Updates.set("startsAt", Date.from(startsAt)));
    }

    public Optional<Ledger> ledger(String id) {
        return Optional.ofNullable(collection().find(eq("_id", id)).first()).map(SeatLedger::toLedger);
    }

    /** The ledgers of several occasions in one query, by id (one without a ledger is absent). */
    public Map<String, Ledger> ledgers(Collection<String> ids) {
        Map<String, Ledger> ledgers = new HashMap<>();
        if (!ids.isEmpty()) {
            collection().find(in("_id", ids)).forEach(doc -> ledgers.put(doc.getString("_id"), toLedger(doc)));
        }
        return ledgers;
    }

    /**
     * Takes a place for the holder if one is free, the occasion is open and has not started; a missing ledger is
     * opened first with {@code opener}.
     *
     * @return the ledger with this place taken, or empty when no place was free
     */
    protected Optional<Ledger> claim(String id, String holderId, Instant now, Runnable opener) {
        Bson free = and(eq("_id", id), eq("open", true), gt("startsAt", Date.from(now)), gt("openSpots", 0),
                exists(seat(holderId), false), ne("waitlist", holderId));
        Bson take = Updates.combine(Updates.inc("openSpots", -1), Updates.set(seat(holderId), Date.from(now)));
        Document after = collection().findOneAndUpdate(free, take, AFTER);
        if (after == null && ledger(id).isEmpty()) {
            opener.run();
            after = collection().findOneAndUpdate(free, take, AFTER);
        }
        return Optional.ofNullable(after).map(SeatLedger::toLedger);
    }

    /**
     * Puts the holder at the end of the waitlist, only while the occasion is full (so nobody waits for a free place).
     *
     * @return the ledger with the holder in line ({@link Ledger#waitlistPosition}), or empty when a place is free
     *         again or the occasion is closed
     */
    protected Optional<Ledger> waitlist(String id, String holderId, Instant now) {
        Bson full = and(eq("_id", id), eq("open", true), gt("startsAt", Date.from(now)), lte("openSpots", 0),
                exists(seat(holderId), false), ne("waitlist", holderId));
        return Optional.ofNullable(collection().findOneAndUpdate(full, Updates.push("waitlist", holderId), AFTER))
                .map(SeatLedger::toLedger);
    }

    /**
     * Gives up the holder's place or spot in line. A freed place goes to the first in line in the same update
     * (unless the occasion is closed), so every freed place promotes exactly one waiting holder.
     */
    public Release release(String id, String holderId) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<Ledger> current = ledger(id);
            if (current.isEmpty()) {
                return new Release(0, Optional.empty(), false, 0, 0);
            }
            Ledger ledger = current.get();
            if (ledger.waitlist().contains(holderId)) {
                Document after = collection().findOneAndUpdate(and(eq("_id", id), eq("waitlist", holderId)),
                        Updates.pull("waitlist", holderId), AFTER);
                if (after != null) {
                    return released(toLedger(after));
                }
                continue;
            }
            if (!ledger.seated().contains(holderId)) {
                return new Release(ledger.openSpots(), Optional.empty(), false, ledger.seated().size(),
                        ledger.waitlist().size());
            }
            if (!ledger.open() || ledger.waitlist().isEmpty()) {
                Bson mine = ledger.open() ? and(eq("_id", id), exists(seat(holderId)), size("waitlist", 0))
                        : and(eq("_id", id), exists(seat(holderId)), eq("open", false));
                Document after = collection().findOneAndUpdate(mine,
                        Updates.combine(Updates.unset(seat(holderId)), Updates.inc("openSpots", 1)), AFTER);
                if (after != null) {
                    return released(toLedger(after));
                }
                continue;
            }
            String first = ledger.waitlist().get(0);
            Document before = collection().findOneAndUpdate(
                    and(eq("_id", id), eq("open", true), exists(seat(holderId)), eq("waitlist.0", first)),
                    Updates.combine(Updates.unset(seat(holderId)), Updates.set(seat(first), new Date()),
                            Updates.popFirst("waitlist")), BEFORE);
            if (before != null) {
                Ledger was = toLedger(before);
                return new Release(was.openSpots(), Optional.of(first), true, was.seated().size(),
                        was.waitlist().size() - 1);
            }
        }
        throw new IllegalStateException("Could not release a place of " + id + " in " + collection + " after "
                + MAX_ATTEMPTS + " attempts");
    }

    private static Release released(Ledger after) {
        return new Release(after.openSpots(), Optional.empty(), true, after.seated().size(), after.waitlist().size());
    }

    private static String seat(String holderId) {
        return "seats." + holderId;
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(collection);
    }

    private static Ledger toLedger(Document doc) {
        Document seats = doc.get("seats", Document.class);
        Set<String> seated = seats == null ? Set.of() : Set.copyOf(seats.keySet());
        List<String> waitlist = doc.getList("waitlist", String.class);
        return new Ledger(doc.getInteger("capacity", 0), doc.getInteger("openSpots", 0), doc.getBoolean("open", false),
                seated, waitlist == null ? List.of() : List.copyOf(waitlist));
    }
}
