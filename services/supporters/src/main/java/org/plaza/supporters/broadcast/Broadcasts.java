package org.plaza.supporters.broadcast;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Every broadcast, keyed by its id. */
public interface Broadcasts extends MongoRepository<Broadcast, String> {

    List<Broadcast> findByCampaignIdOrderByCreatedAtDesc(String campaignId);

    List<Broadcast> findByStatusIn(List<BroadcastStatus> statuses);
}
