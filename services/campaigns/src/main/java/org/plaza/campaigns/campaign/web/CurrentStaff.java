package org.plaza.campaigns.campaign.web;

import org.plaza.campaigns.campaign.Staff;
import org.plaza.starter.security.StaffMember;
import org.springframework.security.core.Authentication;

/** The signed-in staff member as campaigns sees them: the token's subject and whether they are an ADMIN. */
final class CurrentStaff {

    private CurrentStaff() {
    }

    static Staff of(Authentication authentication) {
        StaffMember member = StaffMember.of(authentication);
        return new Staff(member.id(), member.isAdmin());
    }
}
