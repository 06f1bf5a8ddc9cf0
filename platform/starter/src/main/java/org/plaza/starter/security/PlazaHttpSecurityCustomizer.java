package org.plaza.starter.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's additions to the starter's security filter chain, so it never copies the chain.
 * Declare one or more as beans ({@code @Order} sorts them):
 *
 * <pre>
 * &#64;Bean
 * PlazaHttpSecurityCustomizer petitionRules() {
 *     return PlazaHttpSecurityCustomizer.authorizing(rules -&gt; rules
 *             .requestMatchers(HttpMethod.POST, "/api/staff/petitions/**").hasRole("ORGANIZER"));
 * }
 * </pre>
 */
public interface PlazaHttpSecurityCustomizer {

    /**
     * Adds URL rules that are checked before the starter's own (first match wins), so they may narrow
     * ({@code hasRole("ORGANIZER")}) or open up ({@code permitAll()}) any path.
     */
    default void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    }

    /**
     * Anything else, applied after the starter's configuration: {@code http.oauth2Login(…)} for the
     * gateway, extra filters, further CSRF exemptions. URL rules belong in {@link #authorize}.
     */
    default void customize(HttpSecurity http) throws Exception {
    }

    /** A customizer that only adds URL rules. */
    static PlazaHttpSecurityCustomizer authorizing(
            Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> rules) {
        return new PlazaHttpSecurityCustomizer() {
            @Override
            public void authorize(
                    AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry registry) {
                rules.customize(registry);
            }
        };
    }
}
