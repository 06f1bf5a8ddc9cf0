package org.plaza.identity.account.web;

import java.util.EnumSet;
import java.util.Set;

import org.plaza.starter.security.StaffRole;

import jakarta.validation.constraints.NotEmpty;

/** The roles of one account. */
public class RolesForm {

    @NotEmpty
    private Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);

    public Set<StaffRole> getRoles() {
        return roles;
    }

    public void setRoles(Set<StaffRole> roles) {
        this.roles = roles == null ? EnumSet.noneOf(StaffRole.class) : roles;
    }
}
