package org.plaza.outreach.access;

import java.util.Optional;

import org.plaza.starter.security.StaffMember;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Object-level access to outreach: an ADMIN manages every campaign's volunteers and shifts, an ORGANIZER
 * only those of campaigns whose team they are on (as the campaigns service last announced it).
 */
@Component
public class StaffAccess {

    private final Campaigns campaigns;

    StaffAccess(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    /** The signed-in staff member's id (the token's subject). */
    public String staffId() {
        return StaffMember.current().id();
    }

    /** Refuses (403) unless the caller may manage the campaign's outreach. */
    public void requireManage(String campaignId) {
        if (!canManage(campaignId)) {
            throw new AccessDeniedException("Not on the team of campaign " + campaignId);
        }
    }

    public boolean canManage(String campaignId) {
        StaffMember staff = StaffMember.current();
        if (staff.isAdmin()) {
            return true;
        }
        return staff.isOrganizer() && Optional.ofNullable(campaignId).flatMap(campaigns::findById)
                .map(campaign -> campaign.onTeam(staff.id())).orElse(false);
    }

    public boolean isAdmin() {
        return StaffMember.current().isAdmin();
    }
}
