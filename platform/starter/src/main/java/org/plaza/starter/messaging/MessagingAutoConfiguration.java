package org.plaza.starter.messaging;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.cloud.stream.binder.kafka.utils.DlqPartitionFunction;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/** The platform's way to publish and consume events, for every service with Spring Cloud Stream. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "org.springframework.cloud.stream.function.FunctionConfiguration" })
@ConditionalOnClass(StreamBridge.class)
public class MessagingAutoConfiguration {

    @Bean
    @ConditionalOnBean(StreamBridge.class)
    EventPublisher eventPublisher(StreamBridge streamBridge) {
        return new EventPublisher(streamBridge);
    }

    @Bean
    DlqPartitionFunction deadLetterMetrics(ObjectProvider<MeterRegistry> meters) {
        return new DeadLetterMetrics(meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MongoTemplate.class)
    static class Consumption {

        @Bean
        @ConditionalOnBean(MongoTemplate.class)
        ProcessedEvents processedEvents(MongoTemplate mongo) {
            return new ProcessedEvents(mongo);
        }

        @Bean
        @ConditionalOnBean(ProcessedEvents.class)
        EventHandlers eventHandlers(JsonMapper json, ProcessedEvents processed, ObjectProvider<MeterRegistry> meters) {
            return new EventHandlers(json, processed, meters.getIfAvailable(SimpleMeterRegistry::new));
        }
    }
}
