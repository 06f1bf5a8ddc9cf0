package org.plaza.identity.signin;

import org.plaza.identity.account.AccountService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Finds the account for the user name typed at sign-in. */
@Component
class StaffUserDetailsService implements UserDetailsService {

    private final AccountService accounts;

    StaffUserDetailsService(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.byUsername(username)
                .map(account -> StaffPrincipal.of(account))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
