package org.plaza.outreach.meeting;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.plaza.outreach.support.SeatLedger;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The meetings' seat ledger ({@code meeting_seats}), the same mechanism as the shifts' ({@link SeatLedger}): a place
 * per confirmed RSVP, then a waitlist in order, and the first in line promoted in the same update that frees a
 * place. A meeting without a limit has a ledger too, with more places than anyone fills, so the count of those going
 * is always the ledger's. Check-ins are counted on the meeting itself.
 */
@Component
class MeetingSeats extends SeatLedger {

    static final String COLLECTION = "meeting_seats";
    /** The places of a meeting without a limit. */
    static final int UNLIMITED = 1_000_000;

    private final MongoTemplate mongo;

    MeetingSeats(MongoTemplate mongo) {
        super(mongo, COLLECTION);
        this.mongo = mongo;
    }

    /** Opens the ledger of a new meeting; opening it again changes nothing. */
    void open(Meeting meeting) {
        open(meeting.id(), meeting.capacity() == null ? UNLIMITED : meeting.capacity(), !meeting.cancelled(),
                meeting.startsAt());
    }

    /** Takes a place for the RSVP; empty when the meeting is full, has started or was cancelled. */
    Optional<Places> take(Meeting meeting, String rsvpId, Instant now) {
        return claim(meeting.id(), rsvpId, now, () -> open(meeting)).map(ledger -> Places.of(meeting, ledger));
    }

    /** Puts the RSVP at the end of the line while the meeting is full; empty when a place is free again or it is closed. */
    Optional<Places> join(Meeting meeting, String rsvpId, Instant now) {
        return waitlist(meeting.id(), rsvpId, now).map(ledger -> Places.of(meeting, ledger));
    }

    /** The places of one meeting now (none taken when its ledger is not opened yet). */
    Places places(Meeting meeting) {
        return ledger(meeting.id()).map(ledger -> Places.of(meeting, ledger)).orElse(Places.none(meeting));
    }

    /** The places of several meetings in one query, by meeting id. */
    Map<String, Places> places(Collection<Meeting> meetings) {
        Map<String, Ledger> ledgers = ledgers(meetings.stream().map(Meeting::id).toList());
        return meetings.stream().collect(Collectors.toMap(Meeting::id, m -> Optional.ofNullable(ledgers.get(m.id()))
                .map(ledger -> Places.of(m, ledger)).orElse(Places.none(m)), (a, b) -> a));
    }

    /** Counts one more resident at the door (a new version, so a concurrent save of the meeting decides again). */
    Meeting attended(String meetingId) {
        return mongo.findAndModify(Query.query(where("_id").is(meetingId)), new Update().inc("attended", 1).inc("version", 1),
                FindAndModifyOptions.options().returnNew(true), Meeting.class);
    }
}
