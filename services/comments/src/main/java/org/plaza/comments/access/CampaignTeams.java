package org.plaza.comments.access;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Campaign teams as the campaigns service last announced them. */
interface CampaignTeams extends MongoRepository<CampaignTeam, String> {
}
