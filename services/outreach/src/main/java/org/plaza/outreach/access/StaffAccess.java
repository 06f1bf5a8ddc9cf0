package org.plaza.outreach.access;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
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
        return authentication().getName();
    }

    /** Refuses (403) unless the caller may manage the campaign's outreach. */
    public void requireManage(String campaignId) {
        if (!canManage(campaignId)) {
            throw new AccessDeniedException("Not on the team of campaign " + campaignId);
        }
    }

    public boolean canManage(String campaignId) {
        if (has("ADMIN")) {
            return true;
        }
        return has("ORGANIZER") && Optional.ofNullable(campaignId).flatMap(campaigns::findById)
                .map(campaign -> campaign.onTeam(staffId())).orElse(false);
    }

    public boolean isAdmin() {
        return has("ADMIN");
    }

    private boolean has(String role) {
        return authentication().getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(("ROLE_" + role)::equals);
    }

    private static Authentication authentication() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            throw new AccessDeniedException("No staff member signed in");
        }
        return authentication;
    }
}
