package org.plaza.starter.backbone;

import java.util.function.Consumer;

import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;
import org.plaza.starter.messaging.EventHandlers;
import org.plaza.starter.outbox.OutboxAggregate;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.config.EnableMongoRepositories;
import org.springframework.messaging.Message;

/**
 * A minimal service on the platform starter: orders raise {@code OrderPlaced} through the outbox,
 * and a projection records every event it handles, one document each, so a duplicate would show.
 */
@SpringBootApplication
@EnableMongoRepositories(considerNestedRepositories = true)
class BackboneApplication {

    @Bean
    Consumer<Message<byte[]>> orderEvents(EventHandlers handlers, MongoTemplate mongo) {
        return handlers.consumer("order-projection")
                .onReceived(OrderPlaced.class, e -> mongo.insert(new Handled(null, e.id(), e.payload().orderId())))
                .build();
    }

    @EventType("plaza.probe.order-placed.v1")
    record OrderPlaced(String orderId, int quantity) implements PlazaEvent {
        @Override
        public String subject() {
            return orderId;
        }
    }

    @Document("orders")
    static class Order extends OutboxAggregate {
        @Id
        String id;
        int quantity;

        static Order place(String id, int quantity) {
            Order order = new Order();
            order.id = id;
            order.quantity = quantity;
            order.raise(new OrderPlaced(id, quantity));
            return order;
        }
    }

    interface Orders extends MongoRepository<Order, String> {
    }

    @Document("handled")
    record Handled(@Id String id, String eventId, String orderId) {
    }
}
