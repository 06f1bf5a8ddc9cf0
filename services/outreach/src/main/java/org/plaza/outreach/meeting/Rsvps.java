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

    /** RSVPs whose resident asked to cancel before {@code before} and that still count (the reconciler's). */
    List<Rsvp> findByStatusInAndCancelRequestedAtBefore(List<Rsvp.Status> statuses, Instant before);

    List<Rsvp> findByMeetingIdAndStatusInOrderByConfirmedAtAsc(String meetingId, List<Rsvp.Status> statuses);
}
