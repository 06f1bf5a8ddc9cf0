package org.plaza.identity.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.plaza.events.identity.StaffActionAudited;
import org.plaza.starter.outbox.OutboxAggregate;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.security.StaffRole;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A staff member's account. It decides what may happen to it (an account keeps at least one role, an
 * administrator cannot lock themselves out) and records each staff action as a
 * {@link StaffActionAudited} event saved with it. The password is only ever held as a hash.
 */
@Document("staff_accounts")
public class StaffAccount extends OutboxAggregate {

    static final String ITEM_TYPE = "STAFF_ACCOUNT";
    static final String SERVICE = "identity";

    @Id
    private String id;
    @Indexed(unique = true)
    private String username;
    private String displayName;
    private String email;
    private Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
    private String passwordHash;
    private boolean passwordChangeRequired;
    private boolean enabled = true;
    private Instant createdAt;
    private Instant lastSignInAt;

    StaffAccount() {
    }

    /**
     * A new account created by {@code byStaffId}, who hands over the one-time password behind {@code passwordHash};
     * {@code email} (checked, or null) is where Plaza writes to the staff member.
     */
    static StaffAccount invite(String id, String username, String displayName, String email, Set<StaffRole> roles,
            String passwordHash, String byStaffId, Instant now) {
        StaffAccount account = create(id, username, displayName, roles, passwordHash, true, now);
        account.email = email;
        account.audit(byStaffId, "CREATE", now);
        return account;
    }

    /** The first administrator, created by the system on an empty store. */
    static StaffAccount firstAdministrator(String id, String username, String email, String passwordHash,
            boolean passwordChangeRequired, Instant now) {
        StaffAccount account = create(id, username, "Administrator", EnumSet.of(StaffRole.ADMIN), passwordHash,
                passwordChangeRequired, now);
        account.email = email;
        account.audit(id, "CREATE", now);
        return account;
    }

    private static StaffAccount create(String id, String username, String displayName, Set<StaffRole> roles,
            String passwordHash, boolean passwordChangeRequired, Instant now) {
        requireRoles(roles);
        StaffAccount account = new StaffAccount();
        account.id = id;
        account.username = username;
        account.displayName = displayName;
        account.roles = EnumSet.copyOf(roles);
        account.passwordHash = passwordHash;
        account.passwordChangeRequired = passwordChangeRequired;
        account.createdAt = now;
        return account;
    }

    void changeRoles(Set<StaffRole> newRoles, String byStaffId, Instant now) {
        requireRoles(newRoles);
        if (id.equals(byStaffId) && roles.contains(StaffRole.ADMIN) && !newRoles.contains(StaffRole.ADMIN)) {
            throw PlazaProblem.conflict("own-admin-role", "identity.problem.own-admin-role");
        }
        if (roles.equals(newRoles)) {
            return;
        }
        roles = EnumSet.copyOf(newRoles);
        audit(byStaffId, "ROLE_CHANGE", now);
    }

    /** A new address (checked, or null for none); audited when it changes. */
    void changeEmail(String newEmail, String byStaffId, Instant now) {
        if (Objects.equals(email, newEmail)) {
            return;
        }
        email = newEmail;
        audit(byStaffId, "EMAIL_CHANGE", now);
    }

    void disable(String byStaffId, Instant now) {
        if (id.equals(byStaffId)) {
            throw PlazaProblem.conflict("own-account", "identity.problem.own-account");
        }
        if (enabled) {
            enabled = false;
            audit(byStaffId, "DISABLE", now);
        }
    }

    void enable(String byStaffId, Instant now) {
        if (!enabled) {
            enabled = true;
            audit(byStaffId, "ENABLE", now);
        }
    }

    /** An administrator gives out a new one-time password (a forgotten password, a lockout). */
    void resetPassword(String newHash, String byStaffId, Instant now) {
        passwordHash = newHash;
        passwordChangeRequired = true;
        audit(byStaffId, "PASSWORD_RESET", now);
    }

    /** The staff member chose a new password. */
    void changePassword(String newHash, Instant now) {
        passwordHash = newHash;
        passwordChangeRequired = false;
        audit(id, "PASSWORD_CHANGE", now);
    }

    void signedIn(Instant now) {
        lastSignInAt = now;
        audit(id, "SIGN_IN", now);
    }

    /**
     * Repeated wrong passwords from one client stopped that client from trying this account for a while
     * ({@link SignInThrottle}); the account itself stays open to everyone else. Audited.
     */
    void lockedOutOneClient(Instant now) {
        audit(id, "LOCK_OUT", now);
    }

    private void audit(String byStaffId, String action, Instant now) {
        raise(new StaffActionAudited(byStaffId, action, ITEM_TYPE, id, null, SERVICE, now));
    }

    private static void requireRoles(Set<StaffRole> roles) {
        if (roles == null || roles.isEmpty()) {
            throw PlazaProblem.badRequest("validation", "plaza.problem.validation")
                    .withFieldError("roles", "identity.field.roles.empty");
        }
    }

    public String id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    /** Where Plaza writes to the staff member (a broadcast's test, for instance); null when none is known. */
    public String email() {
        return email;
    }

    public Set<StaffRole> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(roles);
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastSignInAt() {
        return lastSignInAt;
    }

    @Override
    public String toString() {
        return "StaffAccount[" + id + "]";
    }
}
