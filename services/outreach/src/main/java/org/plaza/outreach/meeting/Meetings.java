package org.plaza.outreach.meeting;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Scheduled meetings. */
public interface Meetings extends MongoRepository<Meeting, String> {

    List<Meeting> findByCampaignIdOrderByStartsAtAsc(String campaignId);

    List<Meeting> findByEndsAtAfterOrderByStartsAtAsc(Instant now, Pageable page);

    List<Meeting> findByEndsAtAfterAndCommunityOrderByStartsAtAsc(Instant now, String community, Pageable page);

    List<Meeting> findByEndsAtAfterAndCampaignIdOrderByStartsAtAsc(Instant now, String campaignId, Pageable page);
}
