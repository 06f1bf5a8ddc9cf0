package org.plaza.campaigns.campaign.web;

import org.plaza.starter.security.PlazaHttpSecurityCustomizer;
import org.plaza.starter.security.StaffRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Only organizers and administrators manage campaigns; which campaigns an organizer may touch (those
 * whose team they are on) is decided per object by the campaign service.
 */
@Configuration(proxyBeanMethods = false)
class CampaignAccessRules {

    @Bean
    PlazaHttpSecurityCustomizer campaignStaffRules() {
        String[] managers = { StaffRole.ORGANIZER.name(), StaffRole.ADMIN.name() };
        return PlazaHttpSecurityCustomizer.authorizing(rules -> rules
                .requestMatchers("/api/staff/campaigns/**", "/staff/campaigns/**").hasAnyRole(managers));
    }
}
