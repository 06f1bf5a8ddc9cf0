package org.plaza.bench.bare;

import java.net.URI;
import java.util.UUID;

import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;
import org.plaza.starter.outbox.OutboxAggregate;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.config.EnableMongoRepositories;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A service with one endpoint that stores one document and raises one event, and nothing else. */
@SpringBootApplication
@EnableMongoRepositories(considerNestedRepositories = true)
public class BareStackApplication {

    @EventType("plaza.bench.bare-recorded.v1")
    record BareRecorded(String recordId, String run) implements PlazaEvent {
        @Override
        public String subject() {
            return recordId;
        }
    }

    @Document("bare_records")
    static class BareRecord extends OutboxAggregate {
        @Id
        String id;
        String run;

        static BareRecord record(String run) {
            BareRecord record = new BareRecord();
            record.id = UUID.randomUUID().toString();
            record.run = run;
            record.raise(new BareRecorded(record.id, run));
            return record;
        }
    }

    interface BareRecords extends MongoRepository<BareRecord, String> {
        long countByRun(String run);
    }

    @RestController
    static class BareController {

        private final BareRecords records;

        BareController(BareRecords records) {
            this.records = records;
        }

        @PostMapping("/api/public/bare")
        ResponseEntity<Void> record(@RequestParam String run) {
            BareRecord record = records.save(BareRecord.record(run));
            return ResponseEntity.created(URI.create("/api/public/bare/" + record.id)).build();
        }
    }
}
