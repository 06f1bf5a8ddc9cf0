package org.plaza.notifications.consent.web;

import org.plaza.starter.security.PlazaHttpSecurityCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * RFC 8058 one-click unsubscribe: mail programs POST to the link with no CSRF token. The token in the path
 * is an unguessable signed capability, so a forged cross-site POST would need it; resubscribing keeps CSRF.
 */
@Configuration(proxyBeanMethods = false)
class OneClickUnsubscribeSecurity {

    @Bean
    PlazaHttpSecurityCustomizer oneClickUnsubscribe() {
        return new PlazaHttpSecurityCustomizer() {
            @Override
            public void customize(HttpSecurity http) throws Exception {
                http.csrf(csrf -> csrf.ignoringRequestMatchers(
                        PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/notifications/unsubscribe/*")));
            }
        };
    }
}
