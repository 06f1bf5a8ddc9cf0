package org.plaza.campaigns.campaign.web;

import org.plaza.campaigns.campaign.Staff;
import org.plaza.starter.security.StaffRole;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The signed-in staff member: the token's subject and whether it carries the ADMIN role. */
final class CurrentStaff {

    private CurrentStaff() {
    }

    static Staff of(Authentication authentication) {
        boolean admin = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(StaffRole.ADMIN.authority()::equals);
        return new Staff(authentication.getName(), admin);
    }
}
