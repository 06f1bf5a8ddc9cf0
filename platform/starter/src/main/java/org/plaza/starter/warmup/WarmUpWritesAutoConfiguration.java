package org.plaza.starter.warmup;

import org.plaza.starter.outbox.OutboxRelay;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * {@link WarmUpWrites} wherever MongoDB is used, whether the warm-up runs or not, so a service's {@link WarmUp} steps
 * exist in its tests too, which call them to prove they leave nothing anyone can see.
 */
@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@ConditionalOnClass(MongoTemplate.class)
public class WarmUpWritesAutoConfiguration {

    @Bean
    @ConditionalOnBean(MongoTemplate.class)
    WarmUpWrites plazaWarmUpWrites(MongoTemplate mongo, ObjectProvider<OutboxRelay> relay) {
        return new WarmUpWrites(mongo, relay);
    }
}
