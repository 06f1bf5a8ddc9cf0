package org.plaza.starter.messaging;

import org.plaza.starter.jobs.PlazaJob;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.cloud.stream.binder.kafka.utils.DlqPartitionFunction;
import org.springframework.cloud.stream.config.ProducerMessageHandlerCustomizer;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.integration.kafka.outbound.KafkaProducerMessageHandler;
import org.springframework.messaging.MessageChannel;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/** The platform's way to publish and consume events, for every service with Spring Cloud Stream. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "org.springframework.cloud.stream.function.FunctionConfiguration" })
@ConditionalOnClass(StreamBridge.class)
@EnableConfigurationProperties(OffsetCommitSettings.class)
public class MessagingAutoConfiguration {

    @Bean
    @ConditionalOnBean(StreamBridge.class)
    EventPublisher eventPublisher(StreamBridge streamBridge) {
        return new EventPublisher(streamBridge);
    }

    /**
     * Gives every Kafka producer binding a futures channel, through which the binding hands each send's
     * future back to the {@link EventPublisher} that sent it (the bindings themselves do not wait). A
     * failed send reaches the publisher through its future, so the binding does not also report it to
     * the error channel, which would log every event of a batch while Kafka is down.
     */
    @Bean
    ProducerMessageHandlerCustomizer<KafkaProducerMessageHandler<?, ?>> sendResultsToThePublisher(
            ObjectProvider<EventPublisher> publisher) {
        MessageChannel results = (message, timeout) -> {
            publisher.ifAvailable(p -> p.acceptSendResult(message));
            return true;
        };
        MessageChannel failuresAreInTheFutures = (message, timeout) -> true;
        return (handler, destination) -> {
            handler.setFuturesChannel(results);
            handler.setSendFailureChannel(failuresAreInTheFutures);
        };
    }

    /** Consumer bindings commit their offsets by time, not after every poll (see {@link OffsetCommitsByTime}). */
    @Bean
    OffsetCommitsByTime offsetCommitsByTime(OffsetCommitSettings settings) {
        return new OffsetCommitsByTime(settings.commitInterval());
    }

    @Bean
    DlqPartitionFunction deadLetterMetrics(ObjectProvider<MeterRegistry> meters) {
        return new DeadLetterMetrics(meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MongoTemplate.class)
    @EnableConfigurationProperties(ProcessedEventsSettings.class)
    static class Consumption {

        @Bean
        @ConditionalOnBean(MongoTemplate.class)
        ProcessedEvents processedEvents(MongoTemplate mongo, ProcessedEventsSettings settings) {
            return new ProcessedEvents(mongo, settings.retention());
        }

        @Bean
        @ConditionalOnBean(ProcessedEvents.class)
        ProcessedEventsRetention processedEventsRetention(ProcessedEvents processed, ProcessedEventsSettings settings) {
            return new ProcessedEventsRetention(processed, settings, java.time.Clock.systemUTC());
        }

        @Bean
        @ConditionalOnBean(ProcessedEventsRetention.class)
        PlazaJob processedEventsPurgeJob(ProcessedEventsRetention retention) {
            return retention.job();
        }

        @Bean
        @ConditionalOnBean(ProcessedEvents.class)
        EventHandlers eventHandlers(JsonMapper json, ProcessedEvents processed, ObjectProvider<MeterRegistry> meters) {
            return new EventHandlers(json, processed, meters.getIfAvailable(SimpleMeterRegistry::new));
        }
    }
}
