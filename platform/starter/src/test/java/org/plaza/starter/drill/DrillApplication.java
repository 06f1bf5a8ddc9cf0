package org.plaza.starter.drill;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;
import org.plaza.starter.messaging.CloudEvent;
import org.plaza.starter.messaging.EventPublisher;
import org.plaza.starter.outbox.OutboxAggregate;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A service in miniature: residents submit pledges, each an outboxed aggregate whose event the relay
 * publishes (to a recording publisher in place of Kafka).
 */
@SpringBootApplication
class DrillApplication {

    @Bean
    RecordingPublisher recordingPublisher() {
        return new RecordingPublisher();
    }

    record PledgeRequest(String name) {
    }

    @EventType("plaza.drill.pledge-made.v1")
    record PledgeMade(String pledgeId, String name) implements PlazaEvent {
        @Override
        public String subject() {
            return pledgeId;
        }
    }

    @Document("pledges")
    static class Pledge extends OutboxAggregate {
        @Id
        String id;
        String name;

        static Pledge make(String name) {
            Pledge pledge = new Pledge();
            pledge.id = UUID.randomUUID().toString();
            pledge.name = name;
            pledge.raise(new PledgeMade(pledge.id, name));
            return pledge;
        }
    }

    @RestController
    @RequestMapping("/api/public/drill/pledges")
    static class PledgeApi {

        private final MongoTemplate mongo;

        PledgeApi(MongoTemplate mongo) {
            this.mongo = mongo;
        }

        @PostMapping
        ResponseEntity<PledgeRequest> pledge(@RequestBody PledgeRequest request) {
            Pledge pledge = mongo.save(Pledge.make(request.name()));
            return ResponseEntity.created(URI.create("/api/public/drill/pledges/" + pledge.id)).body(request);
        }

        @GetMapping("/{id}")
        ResponseEntity<PledgeRequest> pledge(@PathVariable String id) {
            Pledge pledge = mongo.findById(id, Pledge.class);
            return pledge == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(new PledgeRequest(pledge.name));
        }
    }

    /** Stands in for Kafka and remembers what it was given. */
    static class RecordingPublisher extends EventPublisher {
        final List<CloudEvent> sent = new CopyOnWriteArrayList<>();

        RecordingPublisher() {
            super(null);
        }

        @Override
        public CompletableFuture<Void> send(CloudEvent event) {
            sent.add(event);
            return CompletableFuture.completedFuture(null);
        }
    }
}
