package org.plaza.petitions.staff;

import org.plaza.petitions.campaign.CampaignDirectory;
import org.plaza.petitions.campaign.CampaignTeam;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.security.StaffMember;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Object-level access to petitions. ADMIN may do everything; an ORGANIZER manages (and moderates) only
 * the petitions of campaigns whose team they are on; a MODERATOR moderates comments everywhere;
 * OPERATORs and MODERATORs may read every petition.
 */
@Component
public class StaffAccess {

    private final CampaignDirectory campaigns;

    StaffAccess(CampaignDirectory campaigns) {
        this.campaigns = campaigns;
    }

    /** May create, change, export and invalidate in this campaign. */
    public boolean canManage(StaffMember staff, String campaignId) {
        if (staff.isAdmin()) {
            return true;
        }
        return staff.isOrganizer()
                && campaigns.find(campaignId).map(team -> team.hasOrganizer(staff.id())).orElse(false);
    }

    public boolean canRead(StaffMember staff, String campaignId) {
        return staff.isOperator() || staff.isModerator() || canManage(staff, campaignId);
    }

    public boolean canModerate(StaffMember staff, String campaignId) {
        return staff.isModerator() || canManage(staff, campaignId);
    }

    public void requireManage(StaffMember staff, String campaignId) {
        if (!canManage(staff, campaignId)) {
            throw forbidden();
        }
    }

    public void requireRead(StaffMember staff, String campaignId) {
        if (!canRead(staff, campaignId)) {
            throw forbidden();
        }
    }

    public void requireModerate(StaffMember staff, String campaignId) {
        if (!canModerate(staff, campaignId)) {
            throw forbidden();
        }
    }

    /** The campaign a new petition goes into: known to this service, open, and managed by the staff member. */
    public CampaignTeam requireCampaignForNewPetition(StaffMember staff, String campaignId) {
        CampaignTeam team = campaigns.find(campaignId)
                .orElseThrow(() -> PlazaProblem.notFound("campaign-not-found", "petitions.problem.campaign-not-found")
                        .withFieldError("campaignId", "petitions.problem.campaign-not-found.field"));
        requireManage(staff, campaignId);
        if (team.closed()) {
            throw PlazaProblem.conflict("campaign-closed", "petitions.problem.campaign-closed");
        }
        return team;
    }

    private static PlazaProblem forbidden() {
        return new PlazaProblem(HttpStatus.FORBIDDEN, "not-on-campaign-team", "petitions.problem.not-on-team");
    }
}
