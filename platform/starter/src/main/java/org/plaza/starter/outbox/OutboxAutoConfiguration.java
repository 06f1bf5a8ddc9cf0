package org.plaza.starter.outbox;

import java.time.Clock;
import java.util.Collection;

import org.plaza.starter.jobs.PlazaJob;
import org.plaza.starter.messaging.EventPublisher;
import org.plaza.starter.messaging.MessagingAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/** Wires the outbox into any service that has MongoDB and Spring Cloud Stream on its classpath. */
@AutoConfiguration(after = MessagingAutoConfiguration.class,
        afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@ConditionalOnClass(MongoTemplate.class)
@EnableConfigurationProperties(OutboxSettings.class)
public class OutboxAutoConfiguration {

    @Bean
    OutboxEntityCallbacks outboxEntityCallbacks(JsonMapper json, ObjectProvider<OutboxRelay> relay) {
        return new OutboxEntityCallbacks(json, relay);
    }

    @Bean
    @ConditionalOnBean({ MongoTemplate.class, EventPublisher.class })
    OutboxRelay outboxRelay(MongoTemplate mongo, EventPublisher publisher, OutboxSettings settings,
            MongoMappingContext mapping, ObjectProvider<MeterRegistry> meters) {
        return new OutboxRelay(mongo, publisher, settings, () -> outboxCollections(mapping),
                meters.getIfAvailable(SimpleMeterRegistry::new), Clock.systemUTC());
    }

    @Bean
    @ConditionalOnBean({ MongoTemplate.class, EventPublisher.class })
    @ConditionalOnBooleanProperty("plaza.outbox.enabled")
    PlazaJob outboxSweepJob(OutboxRelay relay) {
        return relay.sweepJob();
    }

    private static Collection<String> outboxCollections(MongoMappingContext mapping) {
        return mapping.getPersistentEntities().stream()
                .filter(entity -> OutboxAggregate.class.isAssignableFrom(entity.getType()))
                .map(entity -> entity.getCollection())
                .toList();
    }

}
