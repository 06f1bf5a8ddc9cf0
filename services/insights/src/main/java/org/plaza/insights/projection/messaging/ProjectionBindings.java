package org.plaza.insights.projection.messaging;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** One Spring Cloud Stream consumer per domain topic (destinations in application.yml), each behind the gate. */
@Configuration(proxyBeanMethods = false)
class ProjectionBindings {

    @Bean
    Consumer<Message<byte[]>> campaignEvents(ProjectionConsumers consumers, ProjectionGate gate) {
        return gate.live(consumers.forTopic("plaza.campaigns"));
    }

    @Bean
    Consumer<Message<byte[]>> petitionEvents(ProjectionConsumers consumers, ProjectionGate gate) {
        return gate.live(consumers.forTopic("plaza.petitions"));
    }

    @Bean
    Consumer<Message<byte[]>> commentEvents(ProjectionConsumers consumers, ProjectionGate gate) {
        return gate.live(consumers.forTopic("plaza.comments"));
    }

    @Bean
    Consumer<Message<byte[]>> outreachEvents(ProjectionConsumers consumers, ProjectionGate gate) {
        return gate.live(consumers.forTopic("plaza.outreach"));
    }

    @Bean
    Consumer<Message<byte[]>> notificationEvents(ProjectionConsumers consumers, ProjectionGate gate) {
        return gate.live(consumers.forTopic("plaza.notifications"));
    }

    @Bean
    Consumer<Message<byte[]>> supporterEvents(ProjectionConsumers consumers, ProjectionGate gate) {
        return gate.live(consumers.forTopic("plaza.supporters"));
    }

    @Bean
    Consumer<Message<byte[]>> identityEvents(ProjectionConsumers consumers, ProjectionGate gate) {
        return gate.live(consumers.forTopic("plaza.identity"));
    }
}
