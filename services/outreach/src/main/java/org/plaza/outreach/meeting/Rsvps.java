package org.plaza.outreach.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Residents' RSVPs to meetings. */
public interface Rsvps extends MongoRepository<Rsvp, String> {

    long countBySupporterIdAndRequestedAtAfter(String supporterId, Instant after);

    Optional<Rsvp> findFirstByMeetingIdAndSupporterIdAndStatusIn(String meetingId, String supporterId,
            List<Rsvp.Status> statuses);

    /** RSVPs of a meeting in these states, a page at a time by id (telling everyone when it moves or is called off). */
    List<Rsvp> findByMeetingIdAndStatusInAndIdGreaterThanOrderByIdAsc(String meetingId, List<Rsvp.Status> statuses,
            String afterId, Pageable page);

    List<Rsvp> findByMeetingIdAndStatusInOrderByConfirmedAtAsc(String meetingId, List<Rsvp.Status> statuses);
}
