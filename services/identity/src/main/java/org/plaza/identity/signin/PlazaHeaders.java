package org.plaza.identity.signin;

import org.plaza.starter.problem.LocalizedProblems;
import org.plaza.starter.security.ProblemAuthenticationEntryPoint;
import org.plaza.starter.security.SecuritySettings;
import org.plaza.starter.security.StaffSecurityAutoConfiguration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The starter's response headers and CSRF cookie, for identity's own session-based chains (sign-in and
 * the authorization server), so every identity page looks to a browser like every other Plaza page.
 */
public final class PlazaHeaders {

    private PlazaHeaders() {
    }

    public static void apply(HttpSecurity http, SecuritySettings settings) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(settings.contentSecurityPolicy()))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(settings.permissionsPolicy()))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)
                        .maxAgeInSeconds(settings.hstsMaxAge().toSeconds()))
                .frameOptions(frames -> frames.deny()));
    }

    /**
     * Who is not signed in: a browser is sent to the sign-in page, an API client (a path under {@code /api/}, or
     * {@code Accept: application/json}) gets 401 as a localized problem, never a redirect it cannot follow.
     */
    public static AuthenticationEntryPoint signInOrProblem(LocalizedProblems problems, String signInPage) {
        return new ProblemAuthenticationEntryPoint(problems, new LoginUrlAuthenticationEntryPoint(signInPage));
    }

    /** A refused CSRF check shows "this form has expired", like every other Plaza form; other refusals a plain 403. */
    public static AccessDeniedHandler formExpired() {
        return (request, response, denied) -> {
            if (denied instanceof CsrfException) {
                request.setAttribute(LocalizedProblems.MESSAGE_KEY_ATTRIBUTE, "plaza.problem.csrf");
            }
            response.sendError(HttpStatus.FORBIDDEN.value());
        };
    }

    /** The same cookie the starter uses ({@code plaza_csrf}, HttpOnly, SameSite=Lax). */
    public static CookieCsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName(StaffSecurityAutoConfiguration.CSRF_COOKIE);
        tokens.setCookiePath("/");
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return tokens;
    }
}
