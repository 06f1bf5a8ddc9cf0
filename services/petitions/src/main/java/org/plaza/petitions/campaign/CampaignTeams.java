package org.plaza.petitions.campaign;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The campaigns this service has heard of. */
public interface CampaignTeams extends MongoRepository<CampaignTeam, String> {

    List<CampaignTeam> findByOrganizerStaffIdsContaining(String staffId);
}
