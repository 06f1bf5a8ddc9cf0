package org.plaza.identity.account.web;

import org.plaza.identity.account.AccountService;
import org.plaza.identity.account.StaffAccount;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /staff/identity/directory}: every active colleague's name, roles and staff id (what a campaign
 * team is made of), for any staff role.
 */
@Controller
class DirectoryPage {

    private final AccountService accounts;

    DirectoryPage(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/staff/identity/directory")
    String directory(Authentication authentication, Model model) {
        model.addAttribute("colleagues", accounts.all().stream().filter(StaffAccount::enabled).toList());
        model.addAttribute("me", authentication.getName());
        return "identity/staff/directory";
    }
}
