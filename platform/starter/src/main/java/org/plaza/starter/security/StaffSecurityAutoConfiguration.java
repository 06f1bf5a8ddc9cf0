package org.plaza.starter.security;

import org.plaza.starter.problem.LocalizedProblems;
import org.plaza.starter.problem.ProblemAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import jakarta.servlet.DispatcherType;

/**
 * The one security filter chain of a Plaza service, in place of Boot's defaults.
 * <ul>
 * <li>{@code /api/staff/**}, any other {@code /api/**} and {@code /staff/**}: a JWT from the configured
 * issuer with at least one staff role; finer rules come from {@link PlazaHttpSecurityCustomizer} beans
 * or {@code @PreAuthorize}.</li>
 * <li>{@code /api/public/**}, resident pages and static files: public.</li>
 * <li>Actuator: health, info and prometheus public; the rest for ADMIN or OPERATOR.</li>
 * </ul>
 * Stateless (no HTTP session): the CSRF token lives in an HttpOnly cookie and in the form.
 */
@AutoConfiguration(after = ProblemAutoConfiguration.class,
        before = { OAuth2ResourceServerAutoConfiguration.class, ManagementWebSecurityAutoConfiguration.class,
                ServletWebSecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class })
@ConditionalOnWebApplication(type = Type.SERVLET)
@EnableConfigurationProperties(SecuritySettings.class)
@EnableMethodSecurity
public class StaffSecurityAutoConfiguration {

    /** Order of the starter's chain; a service's own chain with a {@code securityMatcher} goes before it. */
    public static final int CHAIN_ORDER = Ordered.LOWEST_PRECEDENCE - 10;
    /** Cookie that holds the CSRF token of forms. */
    public static final String CSRF_COOKIE = "plaza_csrf";
    /** Name of the bean that answers unauthenticated page requests; replace it to redirect to a sign-in. */
    public static final String PAGE_ENTRY_POINT = "staffPageEntryPoint";

    @Bean
    @Order(CHAIN_ORDER)
    SecurityFilterChain plazaSecurityFilterChain(HttpSecurity http, SecuritySettings settings,
            LocalizedProblems problems, ObjectProvider<JwtDecoder> jwtDecoder,
            ObjectProvider<PlazaHttpSecurityCustomizer> customizers,
            @Qualifier(PAGE_ENTRY_POINT) AuthenticationEntryPoint pageEntryPoint) throws Exception {
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(problems, pageEntryPoint);
        ProblemAccessDeniedHandler accessDenied = new ProblemAccessDeniedHandler(problems);
        String[] staff = StaffRole.names();

        http.authorizeHttpRequests(rules -> {
            rules.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
            customizers.orderedStream().forEach(customizer -> customizer.authorize(rules));
            rules.requestMatchers(EndpointRequest.to("health", "info", "prometheus")).permitAll();
            rules.requestMatchers(EndpointRequest.toAnyEndpoint())
                    .hasAnyRole(StaffRole.ADMIN.name(), StaffRole.OPERATOR.name());
            rules.requestMatchers("/api/public/**").permitAll();
            rules.requestMatchers("/api/**", "/staff/**").hasAnyRole(staff);
            rules.anyRequest().permitAll();
        });

        JwtAuthenticationConverter roles = new JwtAuthenticationConverter();
        roles.setJwtGrantedAuthoritiesConverter(new StaffRolesConverter());
        http.oauth2ResourceServer(server -> server
                .jwt(jwt -> jwt.decoder(jwtDecoder.getObject()).jwtAuthenticationConverter(roles))
                .authenticationEntryPoint(entryPoint)
                .accessDeniedHandler(accessDenied));
        http.exceptionHandling(exceptions -> exceptions
                .authenticationEntryPoint(entryPoint)
                .accessDeniedHandler(accessDenied));

        CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setCookieName(CSRF_COOKIE);
        csrfTokens.setCookiePath("/");
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        // A bearer token authenticates every request anew (no session): rotating the form token then, as Spring
        // Security does at sign-in, would expire every form open in another tab whenever a staff page is opened.
        CsrfAuthenticationStrategy rotateAtSignIn = new CsrfAuthenticationStrategy(csrfTokens);
        http.csrf(csrf -> {
            csrf.csrfTokenRepository(csrfTokens).ignoringRequestMatchers(BearerTokens::present)
                    .sessionAuthenticationStrategy((authentication, request, response) -> {
                        if (!BearerTokens.present(request)) {
                            rotateAtSignIn.onAuthentication(authentication, request, response);
                        }
                    });
            if (settings.csrfExemptApi()) {
                csrf.ignoringRequestMatchers("/api/**");
            }
        });
        http.addFilterAfter(new CsrfTokenEagerLoader(), CsrfFilter.class);

        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(settings.contentSecurityPolicy()))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.get(SecuritySettings.REFERRER_POLICY)))
                .permissionsPolicyHeader(permissions -> permissions.policy(settings.permissionsPolicy()))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)
                        .maxAgeInSeconds(settings.hstsMaxAge().toSeconds()))
                .frameOptions(frames -> frames.deny()));

        http.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.logout(logout -> logout.disable());

        for (PlazaHttpSecurityCustomizer customizer : customizers.orderedStream().toList()) {
            customizer.customize(http);
        }
        return http.build();
    }

    /** Unauthenticated staff pages get the 401 error page until a sign-in flow replaces this bean. */
    @Bean(PAGE_ENTRY_POINT)
    @ConditionalOnMissingBean(name = PAGE_ENTRY_POINT)
    AuthenticationEntryPoint staffPageEntryPoint() {
        return (request, response, exception) -> response.sendError(HttpStatus.UNAUTHORIZED.value());
    }
}
