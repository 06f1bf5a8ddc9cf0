package org.plaza.outreach.meeting;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * A meeting's counters, changed only by conditional single-document updates ({@code findAndModify}), never
 * read-then-write: a place is taken only while one is open and the meeting has not started, so concurrent
 * confirmations never fill a meeting beyond its capacity.
 */
@Component
class MeetingSeats {

    private final MongoTemplate mongo;

    MeetingSeats(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Takes a place; empty when the meeting is full or has started. Returns the meeting as changed. */
    Optional<Meeting> take(Meeting meeting, Instant now) {
        Criteria criteria = where("_id").is(meeting.id()).and("startsAt").gt(now);
        Update update = new Update().inc("going", 1);
        if (meeting.capacity() != null) {
            criteria = criteria.and("openSpots").gt(0);
            update.inc("openSpots", -1);
        }
        return Optional.ofNullable(mongo.findAndModify(Query.query(criteria), update,
                FindAndModifyOptions.options().returnNew(true), Meeting.class));
    }

    /** Gives a place back (a cancelled RSVP). */
    Meeting release(Meeting meeting) {
        Update update = new Update().inc("going", -1);
        if (meeting.capacity() != null) {
            update.inc("openSpots", 1);
        }
        return mongo.findAndModify(Query.query(where("_id").is(meeting.id()).and("going").gt(0)), update,
                FindAndModifyOptions.options().returnNew(true), Meeting.class);
    }

    /** Counts one more resident at the door. */
    Meeting attended(String meetingId) {
        return mongo.findAndModify(Query.query(where("_id").is(meetingId)), new Update().inc("attended", 1),
                FindAndModifyOptions.options().returnNew(true), Meeting.class);
    }
}
