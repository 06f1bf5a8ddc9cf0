package org.plaza.identity.signin;

import java.util.Collection;
import java.util.List;

import org.plaza.identity.account.StaffAccount;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in staff member in identity's session. Its name is the staff id (so tokens carry the id
 * as {@code sub}, never the user name); it holds {@link #STAFF} once the password is fine, or only
 * {@link #PASSWORD_CHANGE_REQUIRED} until a one-time password has been replaced.
 */
public final class StaffPrincipal implements UserDetails, CredentialsContainer {

    public static final String STAFF = "STAFF";
    public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    private final String staffId;
    private final String username;
    private final boolean enabled;
    private final boolean passwordChangeRequired;
    private String passwordHash;

    private StaffPrincipal(String staffId, String username, String passwordHash, boolean enabled,
            boolean passwordChangeRequired) {
        this.staffId = staffId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.passwordChangeRequired = passwordChangeRequired;
    }

    static StaffPrincipal of(StaffAccount account) {
        return new StaffPrincipal(account.id(), account.username(), account.passwordHash(), account.enabled(),
                account.passwordChangeRequired());
    }

    /** The user name typed at sign-in; not the principal's name. */
    public String loginName() {
        return username;
    }

    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(passwordChangeRequired ? PASSWORD_CHANGE_REQUIRED : STAFF));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    /** The staff id. */
    @Override
    public String getUsername() {
        return staffId;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StaffPrincipal principal && principal.staffId.equals(staffId);
    }

    @Override
    public int hashCode() {
        return staffId.hashCode();
    }

    @Override
    public String toString() {
        return "StaffPrincipal[" + staffId + "]";
    }
}
