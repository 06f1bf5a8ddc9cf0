package org.plaza.campaigns.campaign;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Every campaign, drafts included. */
public interface Campaigns extends MongoRepository<Campaign, String> {

    Optional<Campaign> findBySlugAndStatusIn(String slug, Collection<CampaignStatus> statuses);

    List<Campaign> findByTeamContainingOrderByUpdatedAtDesc(String staffId);

    List<Campaign> findAllByOrderByUpdatedAtDesc();
}
