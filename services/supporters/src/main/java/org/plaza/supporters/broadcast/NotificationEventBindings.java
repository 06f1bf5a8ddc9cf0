package org.plaza.supporters.broadcast;

import java.util.function.Consumer;

import org.plaza.events.notifications.NotificationDelivered;
import org.plaza.events.notifications.NotificationFailed;
import org.plaza.events.notifications.RecipientResubscribed;
import org.plaza.events.notifications.RecipientUnsubscribed;
import org.plaza.starter.messaging.EventHandlers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Binds {@code plaza.notifications} (binding {@code notificationEvents-in-0}): deliveries and failures of broadcast
 * requests feed their reports; an unsubscribe withdraws the same consent here and counts against the broadcast whose
 * link was used; "subscribe again" on the unsubscribe page restores it.
 */
@Configuration(proxyBeanMethods = false)
class NotificationEventBindings {

    @Bean
    Consumer<Message<byte[]>> notificationEvents(EventHandlers handlers, DeliveryTally tally, Audience audience) {
        return handlers.consumer("supporters-notification-outcomes")
                .onIdempotent(NotificationDelivered.class, e -> tally.count(e.requestId(), DeliveryTally.Outcome.DELIVERED))
                .on(NotificationFailed.class, e -> tally.count(e.requestId(), DeliveryTally.Outcome.FAILED))
                .on(RecipientUnsubscribed.class, e -> unsubscribed(e, tally, audience))
                .on(RecipientResubscribed.class, e -> e.categories().forEach(category -> audience.restoreConsent(
                        e.supporterId(), e.channel(), category, e.resubscribeId(), e.resubscribedAt())))
                .build();
    }

    private static void unsubscribed(RecipientUnsubscribed event, DeliveryTally tally, Audience audience) {
        for (String category : event.categories()) {
            audience.withdrawConsent(event.supporterId(), event.channel(), category, event.unsubscribeId(),
                    event.viaRequestId(), event.unsubscribedAt());
        }
        if (event.viaRequestId() != null && event.categories().contains("CAMPAIGN_UPDATES")) {
            tally.count(event.viaRequestId(), DeliveryTally.Outcome.UNSUBSCRIBED);
        }
    }
}
