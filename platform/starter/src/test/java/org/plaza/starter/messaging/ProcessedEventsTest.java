package org.plaza.starter.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** The memory of handled events does not grow forever: ids older than the retention are forgotten. */
class ProcessedEventsTest {

    private MongoServer server;
    private MongoClient client;
    private MongoTemplate mongo;
    private ProcessedEvents processed;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        mongo = new MongoTemplate(client, "processed");
        processed = new ProcessedEvents(mongo, Duration.ofDays(30));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void thePurgeForgetsOnlyIdsHandledLongerAgoThanTheRetention() {
        processed.remember("campaign-page", "evt-old", "t");
        processed.remember("campaign-page", "evt-recent", "t");
        mongo.getCollection(ProcessedEvents.COLLECTION).updateOne(Filters.eq("_id", "campaign-page|evt-old"),
                Updates.set("at", Date.from(Instant.now().minus(Duration.ofDays(31)))));
        mongo.getCollection(ProcessedEvents.COLLECTION).updateOne(Filters.eq("_id", "campaign-page|evt-recent"),
                Updates.set("at", Date.from(Instant.now().minus(Duration.ofDays(29)))));

        assertThat(processed.purge(Instant.now())).isEqualTo(1);

        assertThat(processed.alreadyHandled("campaign-page", "evt-old")).isFalse();
        assertThat(processed.alreadyHandled("campaign-page", "evt-recent")).isTrue();
    }

    @Test
    void declaresATtlIndexForMongoDbAndAnIndexForForgettingAConsumer() {
        processed.createIndexes();
        processed.createIndexes();

        var indexes = mongo.indexOps(ProcessedEvents.COLLECTION).getIndexInfo();
        assertThat(indexes).extracting(IndexInfo::getName)
                .contains(ProcessedEvents.TTL_INDEX, ProcessedEvents.CONSUMER_INDEX);
        assertThat(indexes).filteredOn(index -> index.getName().equals(ProcessedEvents.TTL_INDEX)).singleElement()
                .satisfies(index -> assertThat(index.getExpireAfter()).hasValue(Duration.ofDays(30)));
    }
}
