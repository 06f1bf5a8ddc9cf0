package org.plaza.starter.messaging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.plaza.events.EventTypes;
import org.plaza.events.PlazaEvent;
import org.springframework.messaging.Message;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the one {@code Consumer<Message<byte[]>>} a service binds to a topic: it dispatches on
 * {@code ce_type} to typed handlers, skips events this consumer has already handled, ignores types
 * it does not know (other services' events on the same topic, newer versions), and turns
 * unreadable messages into {@link PoisonMessageException}s for the dead-letter topic. Tombstones (records
 * without a value, which delete a key on a compacted topic) are skipped and counted as {@code tombstone}.
 *
 * <pre>{@code
 * @Bean Consumer<Message<byte[]>> petitionEvents(EventHandlers handlers, CampaignPage page) {
 *     return handlers.consumer("campaign-page")
 *             .on(PetitionPublished.class, page::petitionPublished)
 *             .on(PetitionClosed.class, page::petitionClosed)
 *             .build();
 * }
 * }</pre>
 *
 * <p>A component that offers handlers for a topic some service already consumes (the starter's
 * {@code CampaignTeamProjection}) implements {@link Routes}; the service adds it with
 * {@link Builder#with(Routes)} to its one consumer of that topic. Two handlers of one type both run, in the
 * order they were added, as one handling of the event.
 *
 * <p>A handler that gives the same result however often it runs for one event, whatever arrives in between (it
 * sets absolute values keyed on the event's own ids, adds to a set, or inserts under a key the event fixes and
 * treats a duplicate key as done), is added with {@link Builder#onIdempotent}: the consumer then neither asks nor
 * writes its memory of handled events for that type, two MongoDB round trips fewer per event. A type with two
 * handlers keeps the memory unless both are idempotent.
 */
public class EventHandlers {

    private final JsonMapper json;
    private final ProcessedEvents processed;
    private final MeterRegistry meters;

    public EventHandlers(JsonMapper json, ProcessedEvents processed, MeterRegistry meters) {
        this.json = json;
        this.processed = processed;
        this.meters = meters;
    }

    /** Starts a consumer; the name keys its memory of handled events, so keep it stable. */
    public Builder consumer(String name) {
        return new Builder(name);
    }

    public final class Builder {

        private final String name;
        private final Map<String, Route<?>> routes = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = name;
        }

        public <E extends PlazaEvent> Builder on(Class<E> type, Consumer<E> handler) {
            return onReceived(type, received -> handler.accept(received.payload()));
        }

        public <E extends PlazaEvent> Builder onReceived(Class<E> type, Consumer<ReceivedEvent<E>> handler) {
            return route(type, handler, true);
        }

        /**
         * A handler that is idempotent on its own (see the class comment): a redelivered or republished event runs
         * it again, and the consumer's memory of handled events is not used for this type.
         */
        public <E extends PlazaEvent> Builder onIdempotent(Class<E> type, Consumer<E> handler) {
            return route(type, received -> handler.accept(received.payload()), false);
        }

        private <E extends PlazaEvent> Builder route(Class<E> type, Consumer<ReceivedEvent<E>> handler,
                boolean remembered) {
            routes.merge(EventTypes.typeOf(type), new Route<>(type, handler, remembered),
                    (first, then) -> first.andThen(then));
            return this;
        }

        /** Adds the handlers a component offers for this topic. */
        public Builder with(Routes offered) {
            offered.addTo(this);
            return this;
        }

        public Consumer<Message<byte[]>> build() {
            Map<String, Route<?>> table = Map.copyOf(routes);
            return message -> handle(name, table, message);
        }
    }

    /** Handlers that a component offers to the consumer a service builds for a topic. */
    public interface Routes {

        void addTo(Builder consumer);
    }

    /** The handlers of one type; {@code remembered}: whether the memory of handled events guards them. */
    private record Route<E extends PlazaEvent>(Class<E> type, Consumer<ReceivedEvent<E>> handler, boolean remembered) {

        @SuppressWarnings("unchecked")
        Route<?> andThen(Route<?> next) {
            if (next.type() != type) {
                throw new IllegalArgumentException("Two event classes for one type: " + type + ", " + next.type());
            }
            Consumer<ReceivedEvent<E>> second = (Consumer<ReceivedEvent<E>>) (Consumer<?>) next.handler();
            return new Route<>(type, handler.andThen(second), remembered || next.remembered());
        }
    }

    private void handle(String consumer, Map<String, Route<?>> routes, Message<byte[]> message) {
        if (CloudEvent.isTombstone(message)) {
            count(consumer, "tombstone", "tombstone");
            return;
        }
        CloudEvent event = CloudEvent.from(message);
        if (event.id() == null || event.id().isBlank() || event.type() == null || event.type().isBlank()) {
            count(consumer, String.valueOf(event.type()), "poison");
            throw new PoisonMessageException("Message without ce_id or ce_type on consumer " + consumer);
        }
        Route<?> route = routes.get(event.type());
        if (route == null) {
            count(consumer, event.type(), "ignored");
            return;
        }
        if (route.remembered() && processed.alreadyHandled(consumer, event.id())) {
            count(consumer, event.type(), "duplicate");
            return;
        }
        dispatch(route, event);
        if (route.remembered()) {
            processed.remember(consumer, event.id(), event.type());
        }
        count(consumer, event.type(), "handled");
    }

    private <E extends PlazaEvent> void dispatch(Route<E> route, CloudEvent event) {
        E payload;
        try {
            payload = json.readValue(event.data(), route.type());
        } catch (JacksonException | IllegalArgumentException e) {
            throw new PoisonMessageException("Event " + event.id() + " is not a readable " + event.type(), e);
        }
        if (payload == null) {
            throw new PoisonMessageException("Event " + event.id() + " has an empty payload");
        }
        route.handler().accept(new ReceivedEvent<>(event.id(), event.type(), event.subject(), event.time(), payload));
    }

    private void count(String consumer, String type, String outcome) {
        meters.counter("plaza.events.consumed", "consumer", consumer, "type", type, "outcome", outcome).increment();
    }
}
