package org.plaza.outreach.access;

import java.util.function.Consumer;

import org.plaza.events.campaigns.CampaignLaunched;
import org.plaza.events.campaigns.CampaignUpdated;
import org.plaza.starter.access.CampaignTeamProjection;
import org.plaza.starter.messaging.EventHandlers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Binds {@code plaza.campaigns} (binding {@code campaignEvents-in-0}) to the starter's team projection and then to
 * the titles kept here, in that order: once a campaign's titles are kept, so is its team.
 */
@Configuration(proxyBeanMethods = false)
class CampaignEventBindings {

    @Bean
    Consumer<Message<byte[]>> campaignEvents(EventHandlers handlers, CampaignTeamProjection teams,
            CampaignProjection campaigns) {
        return handlers.consumer("outreach-campaigns")
                .with(teams)
                .on(CampaignLaunched.class, campaigns::launched)
                .on(CampaignUpdated.class, campaigns::updated)
                .build();
    }
}
