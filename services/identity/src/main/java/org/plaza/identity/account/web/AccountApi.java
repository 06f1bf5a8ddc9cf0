package org.plaza.identity.account.web;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.plaza.identity.account.AccountService;
import org.plaza.identity.account.AccountService.Invitation;
import org.plaza.identity.account.StaffAccount;
import org.plaza.starter.security.StaffRole;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff accounts as JSON: the directory for every staff role (who can be put on a campaign team), and
 * the administrators' commands.
 */
@RestController
class AccountApi {

    private final AccountService accounts;

    AccountApi(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/api/staff/identity/directory")
    List<DirectoryEntry> directory() {
        return accounts.all().stream().filter(StaffAccount::enabled).map(DirectoryEntry::of).toList();
    }

    @GetMapping("/api/staff/identity/accounts/{id}")
    AccountView account(@PathVariable String id) {
        return AccountView.of(accounts.get(id));
    }

    /** Invites a staff member; the answer holds the one-time password, once, and is never cached. */
    @PostMapping("/api/staff/identity/accounts")
    ResponseEntity<InvitationView> invite(@Validated @RequestBody InviteForm invite, Authentication authentication) {
        Invitation invitation = accounts.invite(authentication.getName(), invite.getUsername(),
                invite.getDisplayName(), invite.getEmail(), invite.getRoles());
        return ResponseEntity.created(URI.create("/api/staff/identity/accounts/" + invitation.account().id()))
                .cacheControl(CacheControl.noStore())
                .body(new InvitationView(AccountView.of(invitation.account()), invitation.oneTimePassword()));
    }

    @PutMapping("/api/staff/identity/accounts/{id}/roles")
    AccountView changeRoles(@PathVariable String id, @Validated @RequestBody RolesForm roles,
            Authentication authentication) {
        return AccountView.of(accounts.changeRoles(id, roles.getRoles(), authentication.getName()));
    }

    /** A new email address ({@code {"email": …}}; blank or null removes it); a malformed one is a 400 naming the field. */
    @PutMapping("/api/staff/identity/accounts/{id}/email")
    AccountView changeEmail(@PathVariable String id, @Validated @RequestBody EmailForm email,
            Authentication authentication) {
        return AccountView.of(accounts.changeEmail(id, email.getEmail(), authentication.getName()));
    }

    @PostMapping("/api/staff/identity/accounts/{id}/disable")
    AccountView disable(@PathVariable String id, Authentication authentication) {
        return AccountView.of(accounts.disable(id, authentication.getName()));
    }

    @PostMapping("/api/staff/identity/accounts/{id}/enable")
    AccountView enable(@PathVariable String id, Authentication authentication) {
        return AccountView.of(accounts.enable(id, authentication.getName()));
    }

    /** One colleague in the directory. */
    record DirectoryEntry(String id, String displayName, Set<StaffRole> roles) {

        static DirectoryEntry of(StaffAccount account) {
            return new DirectoryEntry(account.id(), account.displayName(), account.roles());
        }
    }

    /** An account as administrators see it; never its password hash. */
    record AccountView(String id, String username, String displayName, Set<StaffRole> roles, boolean enabled,
            boolean passwordChangeRequired, String email) {

        static AccountView of(StaffAccount account) {
            return new AccountView(account.id(), account.username(), account.displayName(), account.roles(),
                    account.enabled(), account.passwordChangeRequired(), account.email());
        }
    }

    /** The answer to an invitation. */
    record InvitationView(AccountView account, String oneTimePassword) {
    }
}
