package org.plaza.starter.find;

import org.plaza.starter.access.AccessAutoConfiguration;
import org.plaza.starter.access.CampaignTeamProjection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The {@link SearchIndex} of a service with MongoDB over its {@link Searchable} beans, and {@link CampaignTopics}
 * where the service keeps the campaign-team projection.
 */
@AutoConfiguration(after = AccessAutoConfiguration.class,
        afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@ConditionalOnClass(MongoTemplate.class)
public class FindAutoConfiguration {

    @Bean
    @ConditionalOnBean(MongoTemplate.class)
    SearchIndex plazaSearchIndex(MongoTemplate mongo, ObjectProvider<Searchable> searchables) {
        return new SearchIndex(mongo, searchables.orderedStream().toList());
    }

    @Bean
    @ConditionalOnBean(SearchIndex.class)
    ApplicationListener<ApplicationReadyEvent> plazaSearchIndexPreparation(SearchIndex index) {
        return new Preparation(index);
    }

    @Bean
    @ConditionalOnBean(CampaignTeamProjection.class)
    CampaignTopics campaignTopics(MongoTemplate mongo) {
        return new CampaignTopics(mongo);
    }

    /** Creates the word indexes and fills documents written before, once the service is ready. */
    private record Preparation(SearchIndex index) implements ApplicationListener<ApplicationReadyEvent> {

        @Override
        public void onApplicationEvent(ApplicationReadyEvent event) {
            index.prepareAll();
        }
    }
}
