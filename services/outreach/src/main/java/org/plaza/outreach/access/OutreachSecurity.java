package org.plaza.outreach.access;

import org.plaza.starter.security.PlazaHttpSecurityCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Outreach's staff endpoints and pages are for organizers and admins; which campaign's items a given
 * organizer may touch is then decided per object by the starter's {@code CampaignAccess}.
 */
@Configuration(proxyBeanMethods = false)
class OutreachSecurity {

    @Bean
    PlazaHttpSecurityCustomizer outreachStaffRules() {
        return PlazaHttpSecurityCustomizer.authorizing(rules -> rules
                .requestMatchers("/api/staff/outreach/**", "/staff/outreach/**").hasAnyRole("ORGANIZER", "ADMIN"));
    }
}
