package org.plaza.identity.audit;

import java.util.function.Consumer;

import org.plaza.events.identity.StaffActionAudited;
import org.plaza.starter.messaging.EventHandlers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Reads {@code plaza.identity}, where every service publishes its StaffActionAudited events, into the trail. */
@Configuration(proxyBeanMethods = false)
class AuditBindings {

    @Bean
    Consumer<Message<byte[]>> staffActions(EventHandlers handlers, AuditTrail trail) {
        return handlers.consumer("audit-trail")
                .onReceived(StaffActionAudited.class, event -> trail.record(AuditTrail.entry(event.id(), event.payload())))
                .build();
    }
}
