package org.plaza.outreach.access;

import java.util.function.Consumer;

import org.plaza.events.campaigns.CampaignLaunched;
import org.plaza.events.campaigns.CampaignTeamChanged;
import org.plaza.events.campaigns.CampaignUpdated;
import org.plaza.starter.messaging.EventHandlers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Binds {@code plaza.campaigns} to the campaign projection. */
@Configuration(proxyBeanMethods = false)
class CampaignEventsBinding {

    @Bean
    Consumer<Message<byte[]>> campaignEvents(EventHandlers handlers, CampaignProjection campaigns) {
        return handlers.consumer("outreach-campaigns")
                .on(CampaignLaunched.class, campaigns::launched)
                .on(CampaignUpdated.class, campaigns::updated)
                .on(CampaignTeamChanged.class, campaigns::teamChanged)
                .build();
    }
}
