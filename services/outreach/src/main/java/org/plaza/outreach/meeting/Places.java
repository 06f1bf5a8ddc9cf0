package org.plaza.outreach.meeting;

import java.util.List;

import org.plaza.outreach.support.SeatLedger.Ledger;

/**
 * A meeting's places as its ledger holds them: who is going and who waits, in order.
 *
 * @param going     residents with a place
 * @param waitlist  RSVP ids waiting for a place, first in line first
 * @param openSpots places left; null when there is no limit
 */
public record Places(int going, List<String> waitlist, Integer openSpots) {

    static Places of(Meeting meeting, Ledger ledger) {
        return new Places(ledger.seated().size(), ledger.waitlist(),
                meeting.capacity() == null ? null : Math.max(0, ledger.openSpots()));
    }

    static Places none(Meeting meeting) {
        return new Places(0, List.of(), meeting.capacity());
    }

    public int waitlisted() {
        return waitlist.size();
    }

    /** 1 for the first in line; 0 when the RSVP is not waiting. */
    public int position(String rsvpId) {
        return waitlist.indexOf(rsvpId) + 1;
    }

    /** No place is left: a new RSVP joins the waitlist. */
    public boolean full() {
        return openSpots != null && openSpots <= 0;
    }
}
