package org.plaza.identity.account.web;

import java.util.EnumSet;
import java.util.Set;

import org.plaza.starter.security.StaffRole;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The invitation form (and JSON body): user name, name shown to colleagues, email address (optional), roles. */
public class InviteForm {

    @NotBlank
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,38}[a-z0-9]")
    private String username;
    @NotBlank
    @Size(max = 80)
    private String displayName;
    @Size(max = 254)
    private String email;
    @NotEmpty
    private Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Set<StaffRole> getRoles() {
        return roles;
    }

    public void setRoles(Set<StaffRole> roles) {
        this.roles = roles == null ? EnumSet.noneOf(StaffRole.class) : roles;
    }
}
