package org.plaza.identity.account.web;

import java.util.Set;

import org.plaza.identity.account.AccountService;
import org.plaza.identity.account.AccountService.Invitation;
import org.plaza.identity.account.StaffAccount;
import org.plaza.starter.form.FormAnswers;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.security.StaffRole;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The administrators' pages under {@code /staff/identity/accounts}. A one-time password appears once,
 * on the page that answers the invitation or reset (never in a URL, never cached), for the
 * administrator to hand over in person or by phone.
 */
@Controller
@RequestMapping("/staff/identity/accounts")
class AccountPages {

    private final AccountService accounts;

    AccountPages(AccountService accounts) {
        this.accounts = accounts;
    }

    @ModelAttribute("allRoles")
    StaffRole[] allRoles() {
        return StaffRole.values();
    }

    /** Accounts some client may not try for now (too many wrong passwords from there). */
    @ModelAttribute("throttled")
    Set<String> throttled() {
        return accounts.throttledAccounts();
    }

    @GetMapping
    String list(@ModelAttribute("invite") InviteForm invite, Model model) {
        model.addAttribute("accounts", accounts.all());
        return "identity/staff/accounts";
    }

    @PostMapping
    String invite(@Validated @ModelAttribute("invite") InviteForm invite, BindingResult errors, Model model,
            Authentication authentication, HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                Invitation invitation = accounts.invite(authentication.getName(), invite.getUsername(),
                        invite.getDisplayName(), invite.getEmail(), invite.getRoles());
                return oneTimePassword(invitation, true, model, response);
            } catch (PlazaProblem refused) {
                refused.getFieldErrors().forEach(field -> errors.rejectValue(field.name(), field.messageKey()));
            }
        }
        model.addAttribute("accounts", accounts.all());
        return FormAnswers.withErrors(response, "identity/staff/accounts");
    }

    @GetMapping("/{id}")
    String account(@PathVariable String id, @RequestParam(required = false) String saved, Model model) {
        return accountPage(accounts.get(id), saved != null, model);
    }

    @PostMapping("/{id}/email")
    String changeEmail(@PathVariable String id, @Validated @ModelAttribute("emailForm") EmailForm email,
            BindingResult errors, Model model, Authentication authentication, HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                accounts.changeEmail(id, email.getEmail(), authentication.getName());
                return "redirect:/staff/identity/accounts/" + id + "?saved";
            } catch (PlazaProblem refused) {
                refused.getFieldErrors().forEach(field -> errors.rejectValue(field.name(), field.messageKey()));
            }
        }
        return FormAnswers.withErrors(response, accountPage(accounts.get(id), false, model));
    }

    @PostMapping("/{id}/roles")
    String changeRoles(@PathVariable String id, @Validated @ModelAttribute("rolesForm") RolesForm roles,
            BindingResult errors, Model model, Authentication authentication, HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                accounts.changeRoles(id, roles.getRoles(), authentication.getName());
                return "redirect:/staff/identity/accounts/" + id + "?saved";
            } catch (PlazaProblem refused) {
                errors.reject(refused.getMessageKey());
                return FormAnswers.refused(response, refused, accountPage(accounts.get(id), false, model));
            }
        }
        return FormAnswers.withErrors(response, accountPage(accounts.get(id), false, model));
    }

    /** An account's page; a form already in the model (as posted, with its errors) is kept, the others show the account. */
    private static String accountPage(StaffAccount account, boolean saved, Model model) {
        model.addAttribute("saved", saved);
        model.addAttribute("account", account);
        if (!model.containsAttribute("rolesForm")) {
            RolesForm roles = new RolesForm();
            roles.setRoles(account.roles());
            model.addAttribute("rolesForm", roles);
        }
        if (!model.containsAttribute("emailForm")) {
            EmailForm email = new EmailForm();
            email.setEmail(account.email());
            model.addAttribute("emailForm", email);
        }
        return "identity/staff/account";
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable String id, Authentication authentication) {
        accounts.disable(id, authentication.getName());
        return "redirect:/staff/identity/accounts/" + id + "?saved";
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable String id, Authentication authentication) {
        accounts.enable(id, authentication.getName());
        return "redirect:/staff/identity/accounts/" + id + "?saved";
    }

    @PostMapping("/{id}/password-reset")
    String resetPassword(@PathVariable String id, Model model, Authentication authentication,
            HttpServletResponse response) {
        return oneTimePassword(accounts.resetPassword(id, authentication.getName()), false, model, response);
    }

    private static String oneTimePassword(Invitation invitation, boolean invited, Model model,
            HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("account", invitation.account());
        model.addAttribute("oneTimePassword", invitation.oneTimePassword());
        model.addAttribute("invited", invited);
        return "identity/staff/one-time-password";
    }
}
