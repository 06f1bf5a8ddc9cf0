package org.plaza.insights.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.plaza.insights.stats.CampaignInfo;
import org.plaza.insights.stats.DriveRow;
import org.plaza.insights.stats.Funnel;
import org.plaza.insights.stats.PetitionRow;
import org.plaza.insights.stats.Scope;
import org.plaza.insights.stats.ShiftRow;
import org.plaza.insights.stats.Stats;
import org.plaza.insights.stats.Totals;

/**
 * What a campaign achieved: its actions, participation by community (signatures, comments,
 * volunteers), petition deliveries and responses, comment packets, volunteer shifts and hours, and
 * the supporter journey. No personal data: only counts.
 */
record ImpactReport(CampaignInfo campaign, Totals totals, Funnel funnel, Map<String, long[]> byCommunity,
        List<PetitionRow> petitions, List<DriveRow> drives, List<ShiftRow> shifts, Instant generatedAt) {

    static ImpactReport of(Stats stats, CampaignInfo campaign, Instant now) {
        Scope scope = Scope.campaign(campaign.id());
        return new ImpactReport(campaign, stats.totals(scope), stats.funnel(scope),
                stats.participationByCommunity(scope), stats.petitions(scope), stats.drives(scope), stats.shifts(scope),
                now);
    }
}
