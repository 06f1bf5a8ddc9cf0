package org.plaza.outreach.access;

import java.time.Instant;
import java.util.List;

import org.plaza.events.campaigns.CampaignLaunched;
import org.plaza.events.campaigns.CampaignTeamChanged;
import org.plaza.events.campaigns.CampaignUpdated;
import org.springframework.stereotype.Service;

/**
 * Keeps each campaign's team and titles from the campaigns service's events. The events carry whole
 * values, so applying one is setting them: a redelivery changes nothing, and an older event never
 * replaces a newer value.
 */
@Service
class CampaignProjection {

    private final Campaigns campaigns;

    CampaignProjection(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    void launched(CampaignLaunched event) {
        apply(event.campaignId(), event.organizerStaffIds(), event.titleEs(), event.titleEn(), event.launchedAt(), true);
    }

    void updated(CampaignUpdated event) {
        apply(event.campaignId(), null, event.titleEs(), event.titleEn(), event.updatedAt(), false);
    }

    void teamChanged(CampaignTeamChanged event) {
        apply(event.campaignId(), event.organizerStaffIds(), null, null, event.changedAt(), true);
    }

    private synchronized void apply(String campaignId, List<String> team, String titleEs, String titleEn, Instant at,
            boolean teamEvent) {
        Instant when = at == null ? Instant.EPOCH : at;
        Campaign current = campaigns.findById(campaignId)
                .orElse(new Campaign(campaignId, null, null, List.of(), Instant.EPOCH.minusSeconds(1), Instant.EPOCH.minusSeconds(1)));
        List<String> organizers = current.organizerStaffIds();
        Instant teamAt = current.teamChangedAt();
        if (teamEvent && team != null && !current.teamChangedAt().isAfter(when)) {
            organizers = List.copyOf(team);
            teamAt = when;
        }
        String es = current.titleEs();
        String en = current.titleEn();
        Instant detailsAt = current.detailsChangedAt();
        if (titleEs != null && !current.detailsChangedAt().isAfter(when)) {
            es = titleEs;
            en = titleEn;
            detailsAt = when;
        }
        campaigns.save(new Campaign(campaignId, es, en, organizers, teamAt, detailsAt));
    }
}
