package org.plaza.petitions.campaign;

import java.util.function.Consumer;

import org.plaza.events.campaigns.CampaignClosed;
import org.plaza.events.campaigns.CampaignLaunched;
import org.plaza.events.campaigns.CampaignTeamChanged;
import org.plaza.events.campaigns.CampaignUpdated;
import org.plaza.starter.messaging.EventHandlers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Binds {@code plaza.campaigns} (binding {@code campaignEvents-in-0}) to the {@link CampaignDirectory}. */
@Configuration(proxyBeanMethods = false)
class CampaignMessaging {

    @Bean
    Consumer<Message<byte[]>> campaignEvents(EventHandlers handlers, CampaignDirectory directory) {
        return handlers.consumer("petitions-campaign-teams")
                .on(CampaignLaunched.class, directory::launched)
                .on(CampaignUpdated.class, directory::updated)
                .on(CampaignTeamChanged.class, directory::teamChanged)
                .on(CampaignClosed.class, directory::closed)
                .build();
    }
}
