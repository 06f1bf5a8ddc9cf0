package org.plaza.insights.access;

import org.plaza.insights.stats.Scope;
import org.plaza.insights.stats.Stats;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.security.StaffMember;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Decides which campaigns a viewer sees. Team membership comes from {@code CampaignTeamChanged}
 * (and the team a campaign was launched with), so no other service is asked.
 */
@Component
public class CampaignAccess {

    private final Stats stats;

    CampaignAccess(Stats stats) {
        this.stats = stats;
    }

    public Scope scopeOf(StaffMember viewer) {
        return seesEverything(viewer) ? Scope.all() : Scope.of(stats.campaignsOf(viewer.id()));
    }

    /** Operators and admins watch the whole platform. */
    public static boolean seesEverything(StaffMember viewer) {
        return viewer.isAdmin() || viewer.isOperator();
    }

    /** Refuses (403) a campaign the viewer may not see. */
    public void check(StaffMember viewer, String campaignId) {
        if (!scopeOf(viewer).includes(campaignId)) {
            throw new PlazaProblem(HttpStatus.FORBIDDEN, "campaign-forbidden", "insights.problem.campaign-forbidden");
        }
    }
}
