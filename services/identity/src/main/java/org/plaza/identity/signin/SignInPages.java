package org.plaza.identity.signin;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.plaza.identity.IdentitySettings;
import org.plaza.identity.account.AccountService;
import org.plaza.identity.account.StaffAccount;
import org.plaza.starter.form.FormAnswers;
import org.plaza.starter.problem.PlazaProblem;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Sign-in, the signed-in account, password change and the page after sign-out, in Spanish and English. */
@Controller
class SignInPages {

    private final AccountService accounts;
    private final RequestCache requestCache;
    private final IdentitySettings settings;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignInPages(AccountService accounts, RequestCache requestCache, IdentitySettings settings) {
        this.accounts = accounts;
        this.requestCache = requestCache;
        this.settings = settings;
    }

    @GetMapping(SignInSecurity.SIGN_IN)
    String signIn(@RequestParam(required = false) String error, CsrfToken csrf, Model model) {
        csrf.getToken();
        model.addAttribute("failed", error != null);
        model.addAttribute("maxFailures", settings.signIn().maxFailures());
        model.addAttribute("lockoutMinutes", settings.signIn().lockout().toMinutes());
        return "identity/sign-in";
    }

    @GetMapping(SignInSecurity.SIGNED_OUT)
    String signedOut() {
        return "identity/signed-out";
    }

    @GetMapping(SignInSecurity.ACCOUNT)
    String account(@RequestParam(name = "password-changed", required = false) String passwordChanged,
            Authentication authentication, Model model, CsrfToken csrf) {
        if (!signedInHere(authentication)) {
            return "redirect:" + SignInSecurity.SIGN_IN;
        }
        csrf.getToken();
        model.addAttribute("passwordChanged", passwordChanged != null);
        model.addAttribute("account", accounts.get(authentication.getName()));
        return "identity/account";
    }

    @GetMapping(SignInSecurity.PASSWORD)
    String password(@ModelAttribute("form") PasswordForm form, Authentication authentication, Model model,
            CsrfToken csrf) {
        if (!signedInHere(authentication)) {
            return "redirect:" + SignInSecurity.SIGN_IN;
        }
        csrf.getToken();
        model.addAttribute("required", ((StaffPrincipal) authentication.getPrincipal()).passwordChangeRequired());
        return "identity/password";
    }

    @PostMapping(SignInSecurity.PASSWORD)
    String changePassword(@ModelAttribute("form") PasswordForm form, BindingResult errors,
            Authentication authentication, Model model, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!signedInHere(authentication)) {
            return "redirect:" + SignInSecurity.SIGN_IN;
        }
        StaffPrincipal principal = (StaffPrincipal) authentication.getPrincipal();
        StaffAccount changed;
        try {
            changed = accounts.changePassword(principal.getUsername(), form.getCurrentPassword(),
                    form.getNewPassword(), form.getConfirmation());
        } catch (PlazaProblem refused) {
            refused.getFieldErrors().forEach(field -> errors.rejectValue(field.name(), field.messageKey()));
            form.forget();
            model.addAttribute("required", principal.passwordChangeRequired());
            return FormAnswers.refused(response, refused, "identity/password");
        }
        signInAgainAs(changed, authentication, request, response);
        SavedRequest saved = requestCache.getRequest(request, response);
        if (saved != null) {
            requestCache.removeRequest(request, response);
            response.sendRedirect(saved.getRedirectUrl());
            return null;
        }
        return "redirect:" + SignInSecurity.ACCOUNT + "?password-changed";
    }

    /** Account pages belong to a sign-in at identity itself; a bearer token of another service is sent to sign in. */
    private static boolean signedInHere(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof StaffPrincipal;
    }

    /**
     * The session now holds a principal without the password-change restriction; the authentication
     * factors of the sign-in (when and how) stay, since tokens report them.
     */
    private void signInAgainAs(StaffAccount account, Authentication previous, HttpServletRequest request,
            HttpServletResponse response) {
        StaffPrincipal principal = StaffPrincipal.of(account);
        principal.eraseCredentials();
        List<GrantedAuthority> authorities = new ArrayList<>(principal.getAuthorities());
        previous.getAuthorities().stream()
                .filter(authority -> !StaffPrincipal.PASSWORD_CHANGE_REQUIRED.equals(authority.getAuthority()))
                .forEach(authorities::add);
        UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(
                principal, null, authorities);
        authentication.setDetails(previous.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
