package org.plaza.starter.security;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in staff member as every service sees them: the token's subject (an opaque staff id) and
 * the staff roles among its authorities. Whether they may act on a particular campaign is decided by
 * {@code org.plaza.starter.access.CampaignAccess}.
 *
 * @param id    the token's {@code sub}
 * @param roles the {@link StaffRole}s the token carries; authorities that are not staff roles are left out
 */
public record StaffMember(String id, Set<StaffRole> roles) {

    public StaffMember {
        roles = Set.copyOf(roles);
    }

    public static StaffMember of(Authentication authentication) {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (StaffRole role : StaffRole.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return new StaffMember(authentication.getName(), roles);
    }

    /** The staff member signed in on this request; refused (403) when nobody is. */
    public static StaffMember current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            throw new AccessDeniedException("No staff member signed in");
        }
        return of(authentication);
    }

    public boolean has(StaffRole role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(StaffRole.ADMIN);
    }

    public boolean isOrganizer() {
        return has(StaffRole.ORGANIZER);
    }

    public boolean isModerator() {
        return has(StaffRole.MODERATOR);
    }

    public boolean isOperator() {
        return has(StaffRole.OPERATOR);
    }
}
