package org.plaza.starter.access;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Gives a service with MongoDB its {@link CampaignTeamProjection} (unless it offers its own {@link CampaignTeams},
 * as the campaigns service does), the {@link CampaignAccess} check over whichever teams it has, and the
 * {@link CampaignTitles} its pages name campaigns by (bean {@code campaignTitles}).
 */
@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@ConditionalOnClass(MongoTemplate.class)
public class AccessAutoConfiguration {

    @Bean
    @ConditionalOnBean(MongoTemplate.class)
    @ConditionalOnMissingBean(CampaignTeams.class)
    CampaignTeamProjection campaignTeamProjection(MongoTemplate mongo) {
        return new CampaignTeamProjection(mongo);
    }

    @Bean
    @ConditionalOnBean(MongoTemplate.class)
    @ConditionalOnMissingBean
    CampaignTitles campaignTitles(MongoTemplate mongo) {
        return new CampaignTitles(mongo);
    }

    @Bean
    @ConditionalOnBean(CampaignTeams.class)
    @ConditionalOnMissingBean
    CampaignAccess campaignAccess(CampaignTeams teams) {
        return new CampaignAccess(teams);
    }
}
