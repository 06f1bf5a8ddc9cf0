package org.plaza.outreach.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Residents' RSVPs to meetings. */
public interface Rsvps extends MongoRepository<Rsvp, String> {

    long countBySupporterIdAndRequestedAtAfter(String supporterId, Instant after);

    Optional<Rsvp> findFirstByMeetingIdAndSupporterIdAndStatus(String meetingId, String supporterId, Rsvp.Status status);

    List<Rsvp> findByMeetingIdAndStatusInOrderByConfirmedAtAsc(String meetingId, List<Rsvp.Status> statuses);
}
