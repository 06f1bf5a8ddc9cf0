package org.plaza.comments.access;

import java.util.function.Consumer;

import org.plaza.starter.access.CampaignTeamProjection;
import org.plaza.starter.access.CampaignTitles;
import org.plaza.starter.messaging.EventHandlers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Binds {@code plaza.campaigns} (binding {@code campaignEvents-in-0}) to the starter's campaign-team projection and
 * then to the starter's campaign titles, which the staff pages name campaigns by.
 */
@Configuration(proxyBeanMethods = false)
class CampaignEventBindings {

    @Bean
    Consumer<Message<byte[]>> campaignEvents(EventHandlers handlers, CampaignTeamProjection teams,
            CampaignTitles titles) {
        return handlers.consumer("comments-campaign-teams").with(teams).with(titles).build();
    }
}
