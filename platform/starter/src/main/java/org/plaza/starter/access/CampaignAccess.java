package org.plaza.starter.access;

import java.util.List;

import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.security.StaffMember;
import org.springframework.http.HttpStatus;

/**
 * The one decision on who may do what with a campaign's items, for every service. By role (identity's
 * {@code StaffRole}s):
 * <ul>
 * <li>{@code ADMIN} manages, moderates and reads every campaign;</li>
 * <li>{@code ORGANIZER} manages, moderates and reads the campaigns whose team they are on;</li>
 * <li>{@code MODERATOR} moderates and reads every campaign, manages none;</li>
 * <li>{@code OPERATOR} reads every campaign (to watch the platform), manages and moderates none.</li>
 * </ul>
 * A refusal is one problem, {@code 403 …/campaign-forbidden} in the reader's language (problem details on APIs,
 * the shared error page on pages). Each method has a variant for the staff member signed in on this request.
 */
public class CampaignAccess {

    /** The problem type of every refusal. */
    public static final String FORBIDDEN_TYPE = "campaign-forbidden";

    private final CampaignTeams teams;

    public CampaignAccess(CampaignTeams teams) {
        this.teams = teams;
    }

    /** The staff member signed in on this request (refused when nobody is). */
    public StaffMember staff() {
        return StaffMember.current();
    }

    /** The signed-in staff member's id, the token's subject. */
    public String staffId() {
        return staff().id();
    }

    /** Creating, changing, closing and exporting the campaign's items. */
    public boolean mayManage(StaffMember staff, String campaignId) {
        return staff.isAdmin() || staff.isOrganizer() && onTeam(staff, campaignId);
    }

    /** Approving and rejecting what residents sent to the campaign's items. */
    public boolean mayModerate(StaffMember staff, String campaignId) {
        return staff.isModerator() || mayManage(staff, campaignId);
    }

    /** Seeing the campaign's items and figures on staff pages. */
    public boolean mayRead(StaffMember staff, String campaignId) {
        return readsEverything(staff) || mayManage(staff, campaignId);
    }

    /** Whether the staff member reads every campaign, whatever the teams. */
    public boolean readsEverything(StaffMember staff) {
        return staff.isAdmin() || staff.isOperator() || staff.isModerator();
    }

    public boolean mayManage(String campaignId) {
        return mayManage(staff(), campaignId);
    }

    public boolean mayModerate(String campaignId) {
        return mayModerate(staff(), campaignId);
    }

    public boolean mayRead(String campaignId) {
        return mayRead(staff(), campaignId);
    }

    public void requireManage(StaffMember staff, String campaignId) {
        refuseUnless(mayManage(staff, campaignId));
    }

    public void requireModerate(StaffMember staff, String campaignId) {
        refuseUnless(mayModerate(staff, campaignId));
    }

    public void requireRead(StaffMember staff, String campaignId) {
        refuseUnless(mayRead(staff, campaignId));
    }

    public void requireManage(String campaignId) {
        requireManage(staff(), campaignId);
    }

    public void requireModerate(String campaignId) {
        requireModerate(staff(), campaignId);
    }

    public void requireRead(String campaignId) {
        requireRead(staff(), campaignId);
    }

    /** The known campaigns this staff member manages (every one for an admin), sorted by id. */
    public List<CampaignTeam> managedCampaigns(StaffMember staff) {
        if (staff.isAdmin()) {
            return teams.all();
        }
        return staff.isOrganizer() ? teams.teamsOf(staff.id()) : List.of();
    }

    public List<CampaignTeam> managedCampaigns() {
        return managedCampaigns(staff());
    }

    /** The refusal every service answers: 403, type {@value #FORBIDDEN_TYPE}, in the reader's language. */
    public static PlazaProblem forbidden() {
        return new PlazaProblem(HttpStatus.FORBIDDEN, FORBIDDEN_TYPE, "plaza.problem.campaign-forbidden");
    }

    /**
     * Whether a problem is this check's refusal. A page that shows a service's refusals on its form rethrows it,
     * so the refused staff member gets the shared 403 page and nothing of the campaign.
     */
    public static boolean isRefusal(PlazaProblem problem) {
        return FORBIDDEN_TYPE.equals(problem.getType()) && problem.getStatus().value() == 403;
    }

    private boolean onTeam(StaffMember staff, String campaignId) {
        return teams.find(campaignId).map(team -> team.hasOrganizer(staff.id())).orElse(false);
    }

    private static void refuseUnless(boolean allowed) {
        if (!allowed) {
            throw forbidden();
        }
    }
}
