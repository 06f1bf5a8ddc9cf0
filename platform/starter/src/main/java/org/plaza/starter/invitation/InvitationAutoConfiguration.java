package org.plaza.starter.invitation;

import java.time.Clock;

import org.plaza.starter.supporter.Hmac;
import org.plaza.starter.supporter.SupporterAutoConfiguration;
import org.plaza.starter.supporter.SupporterSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import tools.jackson.databind.json.JsonMapper;

/**
 * The {@link VolunteerInvitations} bean, on the service's clock when it has one; only where supporter ids exist
 * (the gateway excludes them, and sends no invitations).
 */
@AutoConfiguration(after = SupporterAutoConfiguration.class)
@ConditionalOnBean(SupporterSettings.class)
public class InvitationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    VolunteerInvitations volunteerInvitations(SupporterSettings supporter, ObjectProvider<JsonMapper> json,
            ObjectProvider<Clock> clock) {
        return new VolunteerInvitations(Hmac.forPurpose(supporter, VolunteerInvitations.PURPOSE),
                json.getIfAvailable(JsonMapper::new), clock.getIfAvailable(Clock::systemUTC));
    }
}
