package org.plaza.identity.account.web;

import java.util.Arrays;

import org.plaza.starter.security.PlazaHttpSecurityCustomizer;
import org.plaza.starter.security.StaffRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Identity's staff pages and APIs (accounts, audit) are for administrators; the directory of staff
 * (ids and names, for choosing a campaign team), page and JSON, is for every staff role.
 */
@Configuration(proxyBeanMethods = false)
class AccountAccessRules {

    @Bean
    PlazaHttpSecurityCustomizer identityStaffRules() {
        return PlazaHttpSecurityCustomizer.authorizing(rules -> rules
                .requestMatchers("/api/staff/identity/directory", "/staff/identity/directory").hasAnyRole(roles())
                .requestMatchers("/staff/identity/**", "/api/staff/identity/**").hasRole(StaffRole.ADMIN.name()));
    }

    private static String[] roles() {
        return Arrays.stream(StaffRole.values()).map(Enum::name).toArray(String[]::new);
    }
}
