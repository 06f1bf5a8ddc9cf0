package org.plaza.outreach.shift;

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
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;

/**
 * The seat ledger: one small document per shift ({@code shift_seats}) that says who holds its places and
 * who waits, changed only by single-document conditional updates, so capacity holds however many requests
 * arrive at once. The invariant is {@code seated + openSpots == capacity}: a claim takes a place only while
 * {@code openSpots > 0}; joining the waitlist happens only while it is 0; a release either hands the place to
 * the first in line (in the same update that removes the leaver) or gives it back.
 *
 * <pre>{ _id: shiftId, capacity, openSpots, open, startsAt, seats: { signupId: since }, waitlist: [signupId…] }</pre>
 */
@Component
public class Seats {

    static final String COLLECTION = "shift_seats";
    private static final FindOneAndUpdateOptions AFTER = new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER);
    private static final FindOneAndUpdateOptions BEFORE = new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE);
    private static final int MAX_ATTEMPTS = 50;

    private final MongoTemplate mongo;

    Seats(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A shift's places as the ledger holds them now. */
    public record Ledger(int capacity, int openSpots, boolean open, Set<String> seated, List<String> waitlist) {

        public int waitlistPosition(String signupId) {
            return waitlist.indexOf(signupId) + 1;
        }
    }

    /** What a release did: the places left, and who took the place if someone was waiting. */
    public record Release(int openSpots, Optional<String> promotedSignupId, boolean held) {
    }

    /** Opens the ledger of a new shift; opening it again changes nothing. */
    void open(Shift shift) {
        collection().updateOne(eq("_id", shift.id()), Updates.combine(
                Updates.setOnInsert("capacity", shift.capacity()),
                Updates.setOnInsert("openSpots", shift.capacity()),
                Updates.setOnInsert("open", shift.status() == Shift.Status.SCHEDULED),
                Updates.setOnInsert("startsAt", Date.from(shift.startsAt())),
                Updates.setOnInsert("seats", new Document()),
                Updates.setOnInsert("waitlist", List.of())),
                new com.mongodb.client.model.UpdateOptions().upsert(true));
    }

    /** No more places are given or promised (the shift was cancelled). */
    void close(String shiftId) {
        collection().updateOne(eq("_id", shiftId), Updates.set("open", false));
    }

    public Optional<Ledger> ledger(String shiftId) {
        return Optional.ofNullable(collection().find(eq("_id", shiftId)).first()).map(Seats::toLedger);
    }

    /** The ledgers of several shifts in one query, by shift id (a shift without a ledger is absent). */
    public Map<String, Ledger> ledgers(Collection<String> shiftIds) {
        Map<String, Ledger> ledgers = new HashMap<>();
        if (!shiftIds.isEmpty()) {
            collection().find(in("_id", shiftIds)).forEach(doc -> ledgers.put(doc.getString("_id"), toLedger(doc)));
        }
        return ledgers;
    }

    /**
     * Takes a place for the sign-up if one is free, the shift is open and has not started.
     *
     * @return the places left after this one, or empty when no place was free
     */
    public Optional<Integer> claim(Shift shift, String signupId, Instant now) {
        Bson free = and(eq("_id", shift.id()), eq("open", true), gt("startsAt", Date.from(now)), gt("openSpots", 0),
                exists(seat(signupId), false), ne("waitlist", signupId));
        Document after = collection().findOneAndUpdate(free,
                Updates.combine(Updates.inc("openSpots", -1), Updates.set(seat(signupId), Date.from(now))), AFTER);
        if (after == null && ledger(shift.id()).isEmpty()) {
            open(shift);
            after = collection().findOneAndUpdate(free,
                    Updates.combine(Updates.inc("openSpots", -1), Updates.set(seat(signupId), Date.from(now))), AFTER);
        }
        return Optional.ofNullable(after).map(doc -> doc.getInteger("openSpots"));
    }

    /**
     * Puts the sign-up at the end of the waitlist, only while the shift is full (so nobody waits for a free place).
     *
     * @return their position in line (1 first), or empty when a place is free again or the shift is closed
     */
    public Optional<Integer> joinWaitlist(Shift shift, String signupId, Instant now) {
        Bson full = and(eq("_id", shift.id()), eq("open", true), gt("startsAt", Date.from(now)), lte("openSpots", 0),
                exists(seat(signupId), false), ne("waitlist", signupId));
        Document after = collection().findOneAndUpdate(full, Updates.push("waitlist", signupId), AFTER);
        return Optional.ofNullable(after).map(doc -> doc.getList("waitlist", String.class).indexOf(signupId) + 1);
    }

    /**
     * Gives up the sign-up's place or its spot in line. A freed place goes to the first in line in the same
     * update (unless the shift is closed), so every freed place promotes exactly one waiting volunteer.
     */
    public Release release(String shiftId, String signupId) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<Ledger> current = ledger(shiftId);
            if (current.isEmpty()) {
                return new Release(0, Optional.empty(), false);
            }
            Ledger ledger = current.get();
            if (ledger.waitlist().contains(signupId)) {
                Document after = collection().findOneAndUpdate(and(eq("_id", shiftId), eq("waitlist", signupId)),
                        Updates.pull("waitlist", signupId), AFTER);
                if (after != null) {
                    return new Release(after.getInteger("openSpots"), Optional.empty(), true);
                }
                continue;
            }
            if (!ledger.seated().contains(signupId)) {
                return new Release(ledger.openSpots(), Optional.empty(), false);
            }
            if (!ledger.open() || ledger.waitlist().isEmpty()) {
                Bson mine = ledger.open() ? and(eq("_id", shiftId), exists(seat(signupId)), size("waitlist", 0))
                        : and(eq("_id", shiftId), exists(seat(signupId)), eq("open", false));
                Document after = collection().findOneAndUpdate(mine,
                        Updates.combine(Updates.unset(seat(signupId)), Updates.inc("openSpots", 1)), AFTER);
                if (after != null) {
                    return new Release(after.getInteger("openSpots"), Optional.empty(), true);
                }
                continue;
            }
            String first = ledger.waitlist().get(0);
            Document before = collection().findOneAndUpdate(
                    and(eq("_id", shiftId), eq("open", true), exists(seat(signupId)), eq("waitlist.0", first)),
                    Updates.combine(Updates.unset(seat(signupId)), Updates.set(seat(first), new Date()),
                            Updates.popFirst("waitlist")), BEFORE);
            if (before != null) {
                return new Release(before.getInteger("openSpots"), Optional.of(first), true);
            }
        }
        throw new IllegalStateException("Could not release a place on shift " + shiftId + " after " + MAX_ATTEMPTS + " attempts");
    }

    private static String seat(String signupId) {
        return "seats." + signupId;
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }

    private static Ledger toLedger(Document doc) {
        Document seats = doc.get("seats", Document.class);
        Set<String> seated = seats == null ? Set.of() : Set.copyOf(seats.keySet());
        List<String> waitlist = doc.getList("waitlist", String.class);
        return new Ledger(doc.getInteger("capacity", 0), doc.getInteger("openSpots", 0), doc.getBoolean("open", false),
                seated, waitlist == null ? List.of() : List.copyOf(waitlist));
    }

}
