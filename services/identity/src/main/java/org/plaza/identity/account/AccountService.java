package org.plaza.identity.account;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.plaza.starter.mongo.Retries;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.security.StaffRole;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * What administrators and staff do with accounts: invite, change roles, disable and enable, reset and
 * change passwords; and the bookkeeping of sign-ins (repeated failures from one client stop that client
 * from trying the account for a while, see {@link SignInThrottle}).
 */
@Service
public class AccountService {

    /** User names: lower-case letters, digits, dots, dashes and underscores, 3 to 40 characters. */
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,38}[a-z0-9]");
    /** An address: one {@code @}, no spaces or angle brackets, a dot in the domain. */
    static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\".]+(\\.[^@\\s<>\".]+)+");
    static final int EMAIL_MAX = 254;
    private static final int ATTEMPTS = 3;

    private final StaffAccounts accounts;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final SignInThrottle throttle;
    private final Clock clock;

    AccountService(StaffAccounts accounts, PasswordEncoder passwords, PasswordPolicy policy, SignInThrottle throttle,
            Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.policy = policy;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** A new account without an email address (see {@link #invite(String, String, String, String, Set)}). */
    public Invitation invite(String byStaffId, String username, String displayName, Set<StaffRole> roles) {
        return invite(byStaffId, username, displayName, null, roles);
    }

    /**
     * A new account with a one-time password, which the administrator hands over; it is never stored. The
     * email address is optional (blank: none) and refused next to its field when it is not an address.
     */
    public Invitation invite(String byStaffId, String username, String displayName, String email,
            Set<StaffRole> roles) {
        String address = checkedEmail(email);
        String name = normalizeUsername(username);
        if (!USERNAME.matcher(name).matches()) {
            throw PlazaProblem.badRequest("validation", "plaza.problem.validation")
                    .withFieldError("username", "identity.field.username.invalid");
        }
        if (accounts.findByUsername(name).isPresent()) {
            throw usernameTaken();
        }
        String oneTimePassword = OneTimePasswords.next();
        StaffAccount account = StaffAccount.invite(OneTimePasswords.newStaffId(), name, displayName.strip(), address, roles,
                passwords.encode(oneTimePassword), byStaffId, clock.instant());
        try {
            return new Invitation(accounts.save(account), oneTimePassword);
        } catch (DuplicateKeyException raced) {
            throw usernameTaken();
        }
    }

    public StaffAccount changeRoles(String id, Set<StaffRole> roles, String byStaffId) {
        return update(id, account -> account.changeRoles(roles, byStaffId, clock.instant()));
    }

    /** A new email address for the account (blank: none), refused next to its field when it is not an address. */
    public StaffAccount changeEmail(String id, String email, String byStaffId) {
        String address = checkedEmail(email);
        return update(id, account -> account.changeEmail(address, byStaffId, clock.instant()));
    }

    public StaffAccount disable(String id, String byStaffId) {
        return update(id, account -> account.disable(byStaffId, clock.instant()));
    }

    /** Enables the account and clears every client's sign-in throttle on it. */
    public StaffAccount enable(String id, String byStaffId) {
        StaffAccount enabled = update(id, account -> account.enable(byStaffId, clock.instant()));
        throttle.forget(id);
        return enabled;
    }

    /**
     * A new one-time password for the account, returned once for the administrator to hand over; every
     * client's sign-in throttle on the account is cleared.
     */
    public Invitation resetPassword(String id, String byStaffId) {
        String oneTimePassword = OneTimePasswords.next();
        String hash = passwords.encode(oneTimePassword);
        Invitation reset = new Invitation(update(id, account -> account.resetPassword(hash, byStaffId, clock.instant())),
                oneTimePassword);
        throttle.forget(id);
        return reset;
    }

    /**
     * The staff member replaces their password: the current one must be right and the new one must pass
     * the {@link PasswordPolicy}. Refusals name the field (currentPassword, newPassword, confirmation).
     */
    public StaffAccount changePassword(String id, String currentPassword, String newPassword, String confirmation) {
        StaffAccount account = get(id);
        if (currentPassword == null || !passwords.matches(currentPassword, account.passwordHash())) {
            throw PlazaProblem.badRequest("validation", "plaza.problem.validation")
                    .withFieldError("currentPassword", "identity.password.current-wrong");
        }
        Optional<String> refusal = policy.refusal(newPassword, account.username(), account.displayName());
        if (refusal.isEmpty() && newPassword.equals(currentPassword)) {
            refusal = Optional.of("identity.password.unchanged");
        }
        if (refusal.isPresent()) {
            throw PlazaProblem.badRequest("validation", "plaza.problem.validation")
                    .withFieldError("newPassword", refusal.get());
        }
        if (!newPassword.equals(confirmation)) {
            throw PlazaProblem.badRequest("validation", "plaza.problem.validation")
                    .withFieldError("confirmation", "identity.password.confirmation-differs");
        }
        String hash = passwords.encode(newPassword);
        return update(id, current -> current.changePassword(hash, clock.instant()));
    }

    /** A right password for account {@code id} from {@code client}: its earlier failures there are forgotten. */
    public void signedIn(String id, String client) {
        throttle.succeeded(client, id);
        update(id, account -> account.signedIn(clock.instant()));
    }

    /** Whether {@code client} must wait before trying {@code username} again; unknown names never wait. */
    public boolean signInThrottled(String username, String client) {
        return accounts.findByUsername(normalizeUsername(username))
                .map(account -> throttle.isThrottled(client, account.id())).orElse(false);
    }

    /** A wrong password for {@code username} from {@code client}; unknown names are not recorded. */
    public void signInFailed(String username, String client) {
        accounts.findByUsername(normalizeUsername(username)).ifPresent(account -> {
            if (throttle.failed(client, account.id())) {
                update(account.id(), current -> current.lockedOutOneClient(clock.instant()));
            }
        });
    }

    /** Accounts that at least one client may not try right now (shown to administrators). */
    public Set<String> throttledAccounts() {
        return throttle.throttledAccounts();
    }

    public StaffAccount get(String id) {
        return accounts.findById(id)
                .orElseThrow(() -> PlazaProblem.notFound("staff-account-not-found", "identity.problem.not-found"));
    }

    public Optional<StaffAccount> byUsername(String username) {
        return accounts.findByUsername(normalizeUsername(username));
    }

    public List<StaffAccount> all() {
        return accounts.findAllByOrderByUsernameAsc();
    }

    /**
     * A staff member's email address as stored: stripped, null when blank; refused (field {@code email}) when it is
     * longer than {@value #EMAIL_MAX} characters or not shaped like {@code someone@example.org}.
     */
    public static String checkedEmail(String email) {
        String address = email == null ? "" : email.strip();
        if (address.isEmpty()) {
            return null;
        }
        if (address.length() > EMAIL_MAX || !EMAIL.matcher(address).matches()) {
            throw PlazaProblem.badRequest("validation", "plaza.problem.validation")
                    .withFieldError("email", "identity.field.email.invalid");
        }
        return address;
    }

    public static String normalizeUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** Applies a change to the newest version of the account, again if another writer got there first. */
    private StaffAccount update(String id, Consumer<StaffAccount> change) {
        return Retries.onConflict(ATTEMPTS, () -> {
            StaffAccount account = get(id);
            change.accept(account);
            return accounts.save(account);
        });
    }

    private static PlazaProblem usernameTaken() {
        return PlazaProblem.conflict("username-taken", "identity.problem.username-taken")
                .withFieldError("username", "identity.field.username.taken");
    }

    /** An account and the one-time password to hand over (shown once, never stored). */
    public record Invitation(StaffAccount account, String oneTimePassword) {

        @Override
        public String toString() {
            return "Invitation[" + account.id() + "]";
        }
    }
}
