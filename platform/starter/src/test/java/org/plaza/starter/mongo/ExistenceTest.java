package org.plaza.starter.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plaza.starter.messaging.ProcessedEvents;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** Existence checks are single-document finds, never counting aggregations that scan a collection. */
class ExistenceTest {

    private static final List<String> commands = new CopyOnWriteArrayList<>();
    private static MongoServer server;
    private static MongoClient client;
    private static MongoTemplate mongo;

    @BeforeAll
    static void startMongo() {
        server = new MongoServer(new MemoryBackend());
        CommandListener recorder = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                commands.add(event.getCommandName());
            }
        };
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.bindAndGetConnectionString()))
                .addCommandListener(recorder).build());
        mongo = new MongoTemplate(client, "existence");
    }

    @AfterAll
    static void stopMongo() {
        client.close();
        server.shutdownNow();
    }

    @BeforeEach
    void clear() {
        mongo.getDb().drop();
        mongo.getCollection("things").insertOne(new Document("_id", "a").append("colour", "red"));
        commands.clear();
    }

    @Test
    void findsAMatchingDocumentWithOneFind() {
        assertThat(Existence.exists(mongo, Query.query(Criteria.where("_id").is("a")), "things")).isTrue();
        assertThat(Existence.exists(mongo, Query.query(Criteria.where("colour").is("red")), "things")).isTrue();

        assertThat(commands).containsOnly("find");
    }

    @Test
    void answersFalseWhenNothingMatches() {
        assertThat(Existence.exists(mongo, Query.query(Criteria.where("_id").is("b")), "things")).isFalse();
        assertThat(Existence.exists(mongo, Query.query(Criteria.where("_id").is("a").and("colour").is("blue")),
                "things")).isFalse();
        assertThat(Existence.exists(mongo, Query.query(Criteria.where("_id").is("a")), "nothing")).isFalse();
    }

    @Test
    void theIdempotencyCheckOfEveryConsumerIsAKeyLookupNotACount() {
        ProcessedEvents processed = new ProcessedEvents(mongo);
        processed.remember("insights", "evt-1", "plaza.petitions.SignatureVerified");
        commands.clear();

        assertThat(processed.alreadyHandled("insights", "evt-1")).isTrue();
        assertThat(processed.alreadyHandled("insights", "evt-2")).isFalse();
        assertThat(processed.alreadyHandled("campaigns", "evt-1")).isFalse();

        assertThat(commands).containsOnly("find");
    }
}
