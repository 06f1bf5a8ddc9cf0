package org.plaza.identity.signin;

import org.plaza.identity.account.AccountService;
import org.plaza.starter.problem.ApiRequests;
import org.plaza.starter.problem.LocalizedProblems;
import org.plaza.starter.security.SecuritySettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * The sign-in conversation under {@code /identity/**}: a form login with a session (the authorization
 * server needs to know who is signing in), wrong passwords counted per client and account towards a
 * temporary throttle of that client (the client is the address the gateway forwards), a
 * one-time password replaced before anything else, and sign-out. One generic message for every
 * failure, so the page never tells whether a user name exists or is locked.
 */
@Configuration(proxyBeanMethods = false)
class SignInSecurity {

    static final String SIGN_IN = "/identity/sign-in";
    static final String PASSWORD = "/identity/password";
    static final String ACCOUNT = "/identity/account";
    static final String SIGNED_OUT = "/identity/signed-out";
    /** Order of this chain: after the authorization server's, before the starter's. */
    static final int ORDER = 2;

    /**
     * The page to come back to after signing in. An API client's request is never kept: it would come back in place
     * of the browser's next request for the same address, headers included, and answer that page as an API.
     */
    @Bean
    RequestCache signInRequestCache() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setMatchingRequestParameterName(null);
        cache.setRequestMatcher(request -> !ApiRequests.isApi(request));
        return cache;
    }

    @Bean
    @Order(ORDER)
    SecurityFilterChain signInChain(HttpSecurity http, SecuritySettings settings, AccountService accounts,
            RequestCache requestCache, LocalizedProblems problems) throws Exception {
        SavedRequestAwareAuthenticationSuccessHandler continueWhereYouWere = new SavedRequestAwareAuthenticationSuccessHandler();
        continueWhereYouWere.setRequestCache(requestCache);
        continueWhereYouWere.setDefaultTargetUrl(ACCOUNT);

        http.securityMatcher("/identity/**")
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers(HttpMethod.GET, SIGN_IN, SIGNED_OUT).permitAll()
                        .requestMatchers(PASSWORD, ACCOUNT).authenticated()
                        .anyRequest().permitAll())
                .formLogin(form -> form
                        .loginPage(SIGN_IN)
                        .loginProcessingUrl(SIGN_IN)
                        .usernameParameter("username")
                        .passwordParameter("password")
                        .successHandler((request, response, authentication) -> {
                            StaffPrincipal principal = (StaffPrincipal) authentication.getPrincipal();
                            accounts.signedIn(principal.getUsername(), request.getRemoteAddr());
                            if (principal.passwordChangeRequired()) {
                                response.sendRedirect(request.getContextPath() + PASSWORD);
                            } else {
                                continueWhereYouWere.onAuthenticationSuccess(request, response, authentication);
                            }
                        })
                        .failureHandler((request, response, exception) -> {
                            if (exception instanceof BadCredentialsException) {
                                accounts.signInFailed(request.getParameter("username"), request.getRemoteAddr());
                            }
                            response.sendRedirect(request.getContextPath() + SIGN_IN + "?error");
                        }))
                .logout(logout -> logout
                        .logoutUrl("/identity/sign-out")
                        .logoutSuccessUrl(SIGNED_OUT)
                        .deleteCookies("plaza_identity_session"))
                .addFilterBefore(new SignInThrottleFilter(accounts), UsernamePasswordAuthenticationFilter.class)
                .requestCache(cache -> cache.requestCache(requestCache))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .csrf(csrf -> csrf.csrfTokenRepository(PlazaHeaders.csrfTokens()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(PlazaHeaders.signInOrProblem(problems, SIGN_IN))
                        .accessDeniedHandler(PlazaHeaders.formExpired()));
        PlazaHeaders.apply(http, settings);
        return http.build();
    }
}
