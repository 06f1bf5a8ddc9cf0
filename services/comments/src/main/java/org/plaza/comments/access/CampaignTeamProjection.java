package org.plaza.comments.access;

import java.time.Instant;
import java.util.List;

import org.plaza.events.campaigns.CampaignLaunched;
import org.plaza.events.campaigns.CampaignTeamChanged;
import org.springframework.stereotype.Service;

/**
 * Keeps each campaign's team from the campaigns service's events. The events carry the whole team, so
 * applying one is setting a value: a redelivery changes nothing, and an older event never replaces a newer team.
 */
@Service
class CampaignTeamProjection {

    private final CampaignTeams teams;

    CampaignTeamProjection(CampaignTeams teams) {
        this.teams = teams;
    }

    void launched(CampaignLaunched event) {
        replace(event.campaignId(), event.organizerStaffIds(), event.launchedAt());
    }

    void teamChanged(CampaignTeamChanged event) {
        replace(event.campaignId(), event.organizerStaffIds(), event.changedAt());
    }

    private void replace(String campaignId, List<String> organizers, Instant at) {
        Instant changedAt = at == null ? Instant.EPOCH : at;
        boolean newer = teams.findById(campaignId).map(team -> !team.changedAt().isAfter(changedAt)).orElse(true);
        if (newer) {
            teams.save(new CampaignTeam(campaignId, organizers == null ? List.of() : List.copyOf(organizers), changedAt));
        }
    }
}
