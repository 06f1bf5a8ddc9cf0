package org.plaza.campaigns.campaign.web;

import java.time.LocalDate;
import java.util.List;

import org.plaza.campaigns.campaign.CampaignDetails;
import org.plaza.campaigns.campaign.LocalizedText;

/**
 * A campaign as an organizer sends it: any part may be missing while it is a draft. On creation
 * {@code organizerStaffIds} names the team (the creating organizer is always on it); on revision
 * it must be absent, because the team changes through its own endpoint.
 */
record CampaignRequest(
        LocalizedText title,
        LocalizedText summary,
        LocalizedText story,
        String issueArea,
        List<String> communities,
        LocalDate startsOn,
        LocalDate endsOn,
        List<String> organizerStaffIds) {

    CampaignDetails details() {
        return new CampaignDetails(title, summary, story, issueArea, communities, startsOn, endsOn);
    }
}
