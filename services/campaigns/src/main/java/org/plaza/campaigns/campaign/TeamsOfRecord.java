package org.plaza.campaigns.campaign;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.plaza.starter.access.CampaignTeam;
import org.plaza.starter.access.CampaignTeams;
import org.springframework.stereotype.Component;

/**
 * The teams the starter's {@code CampaignAccess} decides on, read from this service's own campaigns, drafts
 * included: this service owns the teams, so it keeps no projection of its own events.
 */
@Component
class TeamsOfRecord implements CampaignTeams {

    private final Campaigns campaigns;

    TeamsOfRecord(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public Optional<CampaignTeam> find(String campaignId) {
        return campaignId == null ? Optional.empty() : campaigns.findById(campaignId).map(TeamsOfRecord::team);
    }

    @Override
    public List<CampaignTeam> teamsOf(String staffId) {
        return sorted(campaigns.findByTeamContainingOrderByUpdatedAtDesc(staffId));
    }

    @Override
    public List<CampaignTeam> all() {
        return sorted(campaigns.findAllByOrderByUpdatedAtDesc());
    }

    private static List<CampaignTeam> sorted(List<Campaign> found) {
        return found.stream().map(TeamsOfRecord::team).sorted(Comparator.comparing(CampaignTeam::campaignId)).toList();
    }

    private static CampaignTeam team(Campaign campaign) {
        return new CampaignTeam(campaign.id(), campaign.team(), campaign.updatedAt(), campaign.closedAt());
    }
}
