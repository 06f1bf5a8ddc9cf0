package org.plaza.starter.messaging;

import org.plaza.events.EventTypes;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.messaging.MessagingException;

/**
 * Sends one CloudEvent to its topic through Spring Cloud Stream and returns only once the broker
 * has acknowledged it (the platform's producer bindings are synchronous), so the outbox can mark
 * it sent.
 */
public class EventPublisher {

    private final StreamBridge streamBridge;

    public EventPublisher(StreamBridge streamBridge) {
        this.streamBridge = streamBridge;
    }

    public void publish(CloudEvent event) {
        String topic = EventTypes.topicOf(event.type());
        if (!streamBridge.send(topic, event.toMessage())) {
            throw new MessagingException("Kafka did not accept event " + event.id() + " for " + topic);
        }
    }
}
