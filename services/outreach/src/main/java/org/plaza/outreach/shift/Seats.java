package org.plaza.outreach.shift;

import java.time.Instant;
import java.util.Optional;

import org.plaza.outreach.support.SeatLedger;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The shifts' seat ledger ({@code shift_seats}, the mechanism is {@link SeatLedger}): a place per volunteer's
 * sign-up, the waitlist in order, promotion of the first in line in the same update that frees a place.
 */
@Component
public class Seats extends SeatLedger {

    static final String COLLECTION = "shift_seats";

    Seats(MongoTemplate mongo) {
        super(mongo, COLLECTION);
    }

    /** Opens the ledger of a new shift; opening it again changes nothing. */
    void open(Shift shift) {
        open(shift.id(), shift.capacity(), shift.status() == Shift.Status.SCHEDULED, shift.startsAt());
    }

    /**
     * Takes a place for the sign-up if one is free, the shift is open and has not started.
     *
     * @return the places left after this one, or empty when no place was free
     */
    public Optional<Integer> claim(Shift shift, String signupId, Instant now) {
        return claim(shift.id(), signupId, now, () -> open(shift)).map(Ledger::openSpots);
    }

    /**
     * Puts the sign-up at the end of the waitlist, only while the shift is full (so nobody waits for a free place).
     *
     * @return their position in line (1 first), or empty when a place is free again or the shift is closed
     */
    public Optional<Integer> joinWaitlist(Shift shift, String signupId, Instant now) {
        return waitlist(shift.id(), signupId, now).map(ledger -> ledger.waitlistPosition(signupId));
    }
}
