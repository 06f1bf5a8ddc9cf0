package org.plaza.campaigns.campaign;

/** Where a campaign is in its life: only launched campaigns are on the home page. */
public enum CampaignStatus {
    DRAFT, LAUNCHED, CLOSED
}
