package org.plaza.outreach.shift;

import java.time.Instant;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Every scheduled shift. */
public interface Shifts extends MongoRepository<Shift, String> {

    List<Shift> findByCampaignIdOrderByStartsAtAsc(String campaignId);

    List<Shift> findByStatusAndStartsAtAfterOrderByStartsAtAsc(Shift.Status status, Instant after);

    List<Shift> findByStatusAndStartsAtLessThanAndEndsAtGreaterThan(Shift.Status status, Instant endsBefore, Instant startsAfter);

    List<Shift> findByTrainingIdOrderByStartsAtAsc(String trainingId);

    List<Shift> findByStatusAndUnderstaffedAtIsNullAndStartsAtBetween(Shift.Status status, Instant from, Instant to);
}
