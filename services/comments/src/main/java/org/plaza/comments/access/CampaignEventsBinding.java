package org.plaza.comments.access;

import java.util.function.Consumer;

import org.plaza.events.campaigns.CampaignLaunched;
import org.plaza.events.campaigns.CampaignTeamChanged;
import org.plaza.starter.messaging.EventHandlers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Binds {@code plaza.campaigns} to the team projection. */
@Configuration(proxyBeanMethods = false)
class CampaignEventsBinding {

    @Bean
    Consumer<Message<byte[]>> campaignEvents(EventHandlers handlers, CampaignTeamProjection teams) {
        return handlers.consumer("comments-campaign-teams")
                .on(CampaignLaunched.class, teams::launched)
                .on(CampaignTeamChanged.class, teams::teamChanged)
                .build();
    }
}
