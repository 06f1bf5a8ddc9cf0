package org.plaza.supporters.supporter;

import java.util.Collection;
import java.util.Set;

/**
 * Which supporters a reader may see: everyone (an admin), or those who acted on one of the campaigns the reader
 * manages (an organizer, from the starter's {@code CampaignAccess.managedCampaigns}).
 *
 * @param campaignIds the campaigns whose supporters are visible; null means everyone
 */
public record Scope(Set<String> campaignIds) {

    public Scope {
        campaignIds = campaignIds == null ? null : Set.copyOf(campaignIds);
    }

    public static Scope everyone() {
        return new Scope(null);
    }

    public static Scope campaigns(Collection<String> campaignIds) {
        return new Scope(Set.copyOf(campaignIds));
    }

    public boolean isEveryone() {
        return campaignIds == null;
    }

    public boolean includesCampaign(String campaignId) {
        return campaignIds == null || campaignIds.contains(campaignId);
    }

    boolean sees(Profile profile) {
        if (campaignIds == null) {
            return true;
        }
        for (String campaign : profile.campaigns()) {
            if (campaignIds.contains(campaign)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a supporter is visible: one of their actions belongs to a campaign in scope. */
    public boolean sees(Supporter supporter) {
        return campaignIds == null || supporter.campaignIds().stream().anyMatch(campaignIds::contains);
    }
}
