package org.plaza.comments.packet;

import java.util.function.Consumer;

import org.plaza.events.notifications.NotificationFailed;
import org.plaza.starter.messaging.EventHandlers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Binds {@code plaza.notifications}: a packet delivery the notifications service gave up on is recorded. */
@Configuration(proxyBeanMethods = false)
class NotificationEventBindings {

    @Bean
    Consumer<Message<byte[]>> notificationEvents(EventHandlers handlers, PacketService packets) {
        return handlers.consumer("comments-packet-deliveries")
                .on(NotificationFailed.class, packets::notificationFailed)
                .build();
    }
}
