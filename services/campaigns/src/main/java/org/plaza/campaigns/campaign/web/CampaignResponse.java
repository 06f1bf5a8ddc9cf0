package org.plaza.campaigns.campaign.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.plaza.campaigns.campaign.Campaign;
import org.plaza.campaigns.campaign.CampaignStatus;
import org.plaza.campaigns.campaign.LocalizedText;

/**
 * A campaign as organizers see it, with what it still needs before launching and, once launched,
 * the path of its resident page.
 */
record CampaignResponse(
        String id,
        CampaignStatus status,
        String slug,
        String page,
        LocalizedText title,
        LocalizedText summary,
        LocalizedText story,
        String issueArea,
        List<String> communities,
        LocalDate startsOn,
        LocalDate endsOn,
        List<String> organizerStaffIds,
        List<String> missingForLaunch,
        Instant createdAt,
        Instant updatedAt,
        Instant launchedAt,
        Instant closedAt) {

    static CampaignResponse of(Campaign campaign) {
        var details = campaign.details();
        return new CampaignResponse(campaign.id(), campaign.status(), campaign.slug(),
                campaign.slug() == null ? null : "/campaigns/" + campaign.slug(), details.title(), details.summary(),
                details.story(), details.issueArea(), details.communities(), details.startsOn(), details.endsOn(),
                campaign.team(), campaign.status() == CampaignStatus.DRAFT ? campaign.missingForLaunch() : List.of(),
                campaign.createdAt(), campaign.updatedAt(), campaign.launchedAt(), campaign.closedAt());
    }
}
