package org.plaza.comments.access;

import java.util.List;
import java.util.Optional;

import org.plaza.starter.security.StaffMember;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Object-level access to drives: an ADMIN manages every drive, an ORGANIZER only the drives of campaigns
 * whose team they are on, a MODERATOR moderates every drive (and organizers moderate their own).
 */
@Component
public class StaffAccess {

    private final CampaignTeams teams;

    StaffAccess(CampaignTeams teams) {
        this.teams = teams;
    }

    /** The signed-in staff member's id (the token's subject). */
    public String staffId() {
        return StaffMember.current().id();
    }

    /** Opening, closing, grouping and packets of a campaign's drives. */
    public void requireManage(String campaignId) {
        if (!canManage(campaignId)) {
            throw new AccessDeniedException("Not on the team of campaign " + campaignId);
        }
    }

    /** Approving and rejecting a campaign's comments. */
    public void requireModerate(String campaignId) {
        if (!canModerate(campaignId)) {
            throw new AccessDeniedException("May not moderate campaign " + campaignId);
        }
    }

    /** Whether the signed-in staff member may approve and reject the campaign's comments. */
    public boolean canModerate(String campaignId) {
        return StaffMember.current().isModerator() || canManage(campaignId);
    }

    /** The campaigns whose drives the signed-in staff member may open, sorted by id. */
    public List<String> manageableCampaigns() {
        return teams.findAll().stream().map(CampaignTeam::campaignId).filter(this::canManage).sorted().toList();
    }

    public boolean canManage(String campaignId) {
        StaffMember staff = StaffMember.current();
        if (staff.isAdmin()) {
            return true;
        }
        return staff.isOrganizer() && Optional.ofNullable(campaignId).flatMap(teams::findById)
                .map(team -> team.organizerStaffIds().contains(staff.id())).orElse(false);
    }
}
