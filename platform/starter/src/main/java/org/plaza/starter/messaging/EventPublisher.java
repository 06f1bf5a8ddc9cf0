package org.plaza.starter.messaging;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.plaza.events.EventTypes;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.integration.kafka.support.KafkaIntegrationHeaders;
import org.springframework.integration.support.MessageBuilder;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessagingException;

/**
 * Sends CloudEvents to their topics through Spring Cloud Stream. {@link #send} hands an event to the
 * Kafka producer and returns at once with the broker's acknowledgement to come, so a caller can put
 * many events on the wire and then wait for all of them with {@link #await}. The
 * producer bindings are asynchronous and give each send's future back through
 * {@link #acceptSendResult} (the binder's futures channel, see {@code MessagingAutoConfiguration}).
 */
public class EventPublisher {

    /** Longer than the producer's delivery timeout, which always completes a send's future first. */
    static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);

    private final StreamBridge streamBridge;
    private final Map<Long, CompletableFuture<?>> results = new ConcurrentHashMap<>();
    private final AtomicLong tokens = new AtomicLong();

    public EventPublisher(StreamBridge streamBridge) {
        this.streamBridge = streamBridge;
    }

    /**
     * Puts the event on the wire; the future completes when the broker has acknowledged it, or
     * exceptionally when it will not. Events sent one after another with the same subject reach
     * their partition in that order.
     */
    public CompletableFuture<Void> send(CloudEvent event) {
        return send(event, EventTypes.topicOf(event.type()));
    }

    /** As {@link #send(CloudEvent)}, to {@code topic} instead of the event type's own (a warm-up's). */
    public CompletableFuture<Void> send(CloudEvent event, String topic) {
        long token = tokens.incrementAndGet();
        Message<?> message = MessageBuilder.fromMessage(event.toMessage())
                .setHeader(KafkaIntegrationHeaders.FUTURE_TOKEN, token).build();
        try {
            if (!streamBridge.send(topic, message)) {
                results.remove(token);
                return CompletableFuture.failedFuture(
                        new MessagingException("Kafka did not accept event " + event.id() + " for " + topic));
            }
        } catch (RuntimeException e) {
            results.remove(token);
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<?> result = results.remove(token);
        if (result == null) {
            return CompletableFuture.failedFuture(new IllegalStateException(
                    "The Kafka binding gave no send result for event " + event.id() + " (is its futures channel set?)"));
        }
        return result.thenApply(sent -> null);
    }

    /** Waits for a send; a refusal or a timeout is thrown as a {@link MessagingException}. */
    public static void await(CompletableFuture<Void> sent, CloudEvent event) {
        try {
            sent.get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MessagingException("Interrupted waiting for Kafka to acknowledge event " + event.id(), e);
        } catch (ExecutionException e) {
            throw new MessagingException("Kafka did not acknowledge event " + event.id(), e.getCause());
        } catch (TimeoutException e) {
            throw new MessagingException("Kafka did not answer within " + ACK_TIMEOUT + " for event " + event.id(), e);
        }
    }

    /** Called by the Kafka binding, on the sending thread, with the future of each send. */
    void acceptSendResult(Message<?> result) {
        Object token = result.getHeaders().get(KafkaIntegrationHeaders.FUTURE_TOKEN);
        if (token instanceof Long id && result.getPayload() instanceof CompletableFuture<?> future) {
            results.put(id, future);
        }
    }
}
