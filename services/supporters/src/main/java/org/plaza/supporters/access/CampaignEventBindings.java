package org.plaza.supporters.access;

import java.util.function.Consumer;

import org.plaza.starter.access.CampaignTeamProjection;
import org.plaza.starter.access.CampaignTitles;
import org.plaza.starter.messaging.EventHandlers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Binds {@code plaza.campaigns} (binding {@code campaignEvents-in-0}) to the starter's team projection, then to the
 * starter's campaign titles.
 */
@Configuration(proxyBeanMethods = false)
class CampaignEventBindings {

    @Bean
    Consumer<Message<byte[]>> campaignEvents(EventHandlers handlers, CampaignTeamProjection teams, CampaignTitles titles) {
        return handlers.consumer("supporters-campaign-teams").with(teams).with(titles).build();
    }
}
