package org.plaza.starter.access;

import java.util.List;
import java.util.Optional;

/**
 * Where {@link CampaignAccess} reads teams. Every service but one gets {@link CampaignTeamProjection}, its copy
 * of {@code plaza.campaigns}; the campaigns service, which owns the teams (drafts included), offers its own bean.
 */
public interface CampaignTeams {

    Optional<CampaignTeam> find(String campaignId);

    /** The teams this staff member is on. */
    List<CampaignTeam> teamsOf(String staffId);

    /** Every campaign this service knows. */
    List<CampaignTeam> all();
}
