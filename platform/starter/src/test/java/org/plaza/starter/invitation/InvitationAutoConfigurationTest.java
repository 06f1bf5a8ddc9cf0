package org.plaza.starter.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plaza.starter.supporter.SupporterAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class InvitationAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withPropertyValues("plaza.supporter.key=a-test-supporter-key-of-at-least-32-bytes");

    @Test
    void servicesWithSupporterIdsGetVolunteerInvitations() {
        runner.withConfiguration(AutoConfigurations.of(SupporterAutoConfiguration.class, InvitationAutoConfiguration.class))
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(VolunteerInvitations.class));
    }

    @Test
    void aServiceThatExcludesSupporterIdsStillStarts() {
        runner.withConfiguration(AutoConfigurations.of(InvitationAutoConfiguration.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(VolunteerInvitations.class));
    }
}
