package org.plaza.notifications.delivery.web;

import org.plaza.starter.security.PlazaHttpSecurityCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The delivery log is for operators and admins (organizers see their campaigns' figures in insights). */
@Configuration(proxyBeanMethods = false)
class StaffNotificationsSecurity {

    @Bean
    PlazaHttpSecurityCustomizer staffNotificationRules() {
        return PlazaHttpSecurityCustomizer.authorizing(rules -> rules
                .requestMatchers("/api/staff/notifications", "/api/staff/notifications/**")
                .hasAnyRole("ADMIN", "OPERATOR"));
    }
}
