package org.plaza.outreach.signup;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Every sign-up, active or ended. */
public interface Signups extends MongoRepository<Signup, String> {

    Optional<Signup> findByActiveKey(String activeKey);

    List<Signup> findByShiftIdOrderByRequestedAtAsc(String shiftId);

    List<Signup> findByVolunteerIdOrderByShiftStartsAtAsc(String volunteerId);

    List<Signup> findByShiftIdAndCode(String shiftId, String code);

    List<Signup> findByStatusAndShiftStartsAtAfter(Signup.Status status, Instant after);

    List<Signup> findByStatusInAndRequestedAtBefore(Collection<Signup.Status> statuses, Instant before);

    List<Signup> findByVolunteerIdInAndStatusAndShiftStartsAtLessThanAndShiftEndsAtGreaterThan(Collection<String> volunteerIds,
            Signup.Status status, Instant endsAfterStart, Instant startsBeforeEnd);

    List<Signup> findByVolunteerIdAndShiftIdInAndPresence(String volunteerId, Collection<String> shiftIds, Signup.Presence presence);
}
