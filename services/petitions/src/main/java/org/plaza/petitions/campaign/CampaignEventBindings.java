package org.plaza.petitions.campaign;

import java.util.function.Consumer;

import org.plaza.events.campaigns.CampaignLaunched;
import org.plaza.events.campaigns.CampaignUpdated;
import org.plaza.starter.access.CampaignTeamProjection;
import org.plaza.starter.messaging.EventHandlers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Binds {@code plaza.campaigns} (binding {@code campaignEvents-in-0}) to the starter's team projection and to the
 * titles the {@link CampaignDirectory} keeps: one consumer, so one memory of handled events.
 */
@Configuration(proxyBeanMethods = false)
class CampaignEventBindings {

    @Bean
    Consumer<Message<byte[]>> campaignEvents(EventHandlers handlers, CampaignTeamProjection teams,
            CampaignDirectory directory) {
        return handlers.consumer("petitions-campaign-teams")
                .with(teams)
                .on(CampaignLaunched.class, directory::launched)
                .on(CampaignUpdated.class, directory::updated)
                .build();
    }
}
