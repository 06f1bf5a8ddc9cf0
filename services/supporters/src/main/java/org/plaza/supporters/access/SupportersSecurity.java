package org.plaza.supporters.access;

import org.plaza.starter.security.PlazaHttpSecurityCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The staff pages and APIs are for organizers and admins, the settings pages for admins only; which supporters a given organizer sees is then
 * decided by the campaigns they manage (the starter's {@code CampaignAccess}).
 */
@Configuration(proxyBeanMethods = false)
class SupportersSecurity {

    @Bean
    PlazaHttpSecurityCustomizer supportersStaffRules() {
        return PlazaHttpSecurityCustomizer.authorizing(rules -> rules
                .requestMatchers("/staff/supporters/settings/**").hasRole("ADMIN")
                .requestMatchers("/api/staff/supporters/**", "/staff/supporters/**").hasAnyRole("ORGANIZER", "ADMIN"));
    }
}
