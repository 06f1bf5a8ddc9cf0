package org.plaza.devstack.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/** Queries naming one _id among other fields read one document, with the same answers as before. */
class IdFirstH2BackendTest {

    @TempDir
    Path dir;

    @Test
    void anOptimisticLockingWriteReadsOneDocumentNotTheCollection() {
        IdFirstH2Backend backend = new IdFirstH2Backend(dir.resolve("a.mv.db").toString());
        withCollection(backend, signatures -> {
            signatures.insertMany(docs(500));
            long scansBefore = backend.fullScans();

            assertThat(signatures.find(new Document("_id", "sig-7").append("version", 1)).first())
                    .containsEntry("name", "Resident 7");
            assertThat(signatures.find(Filters.and(Filters.eq("_id", "sig-7"), Filters.eq("version", 1))).first())
                    .containsEntry("name", "Resident 7");
            assertThat(signatures.find(Filters.and(Filters.eq("_id", "sig-7"), Filters.eq("version", 2))).first())
                    .isNull();
            assertThat(signatures.updateOne(new Document("_id", "sig-8").append("version", 1),
                    Updates.combine(Updates.set("status", "VERIFIED"), Updates.inc("version", 1))).getModifiedCount())
                    .isEqualTo(1);
            assertThat(signatures.updateOne(Filters.and(Filters.eq("_id", "sig-8"), Filters.eq("version", 1)),
                    Updates.set("status", "LOST")).getMatchedCount()).isZero();
            assertThat(signatures.replaceOne(Filters.and(Filters.eq("_id", "sig-9"), Filters.eq("version", 1)),
                    new Document("version", 2).append("name", "Resident nine")).getModifiedCount()).isEqualTo(1);
            assertThat(signatures.find(Filters.and(Filters.eq("_id", "sig-10"), Filters.eq("version", 1)))
                    .projection(Projections.include("name")).first()).isEqualTo(
                            new Document("_id", "sig-10").append("name", "Resident 10"));
            assertThat(signatures.find(Filters.and(Filters.eq("_id", "nobody"), Filters.eq("version", 1))).first())
                    .isNull();

            assertThat(backend.fullScans()).isEqualTo(scansBefore);
            assertThat(signatures.find(Filters.eq("_id", "sig-8")).first()).containsEntry("status", "VERIFIED")
                    .containsEntry("version", 2);
            assertThat(signatures.find(Filters.eq("_id", "sig-9")).first()).containsEntry("name", "Resident nine");
        });
    }

    @Test
    void queriesWithoutOneIdStillScanAndFindEveryMatch() {
        IdFirstH2Backend backend = new IdFirstH2Backend(dir.resolve("b.mv.db").toString());
        withCollection(backend, signatures -> {
            signatures.insertMany(docs(50));
            long scansBefore = backend.fullScans();

            assertThat(signatures.countDocuments(Filters.eq("petitionId", "pet-1"))).isEqualTo(25);
            assertThat(signatures.find(Filters.and(Filters.in("_id", "sig-1", "sig-2"), Filters.eq("version", 1)))
                    .into(new ArrayList<>())).hasSize(2);

            assertThat(backend.fullScans()).isGreaterThan(scansBefore);
        });
    }

    @Test
    void collectionsAndDatabasesCanStillBeDropped() {
        MongoServer server = new MongoServer(new IdFirstH2Backend(dir.resolve("c.mv.db").toString()));
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            client.getDatabase("plaza_bench").getCollection("runs").insertMany(docs(5));
            client.getDatabase("plaza_bench").getCollection("runs").drop();
            client.getDatabase("plaza_bench").getCollection("other").insertMany(docs(5));

            client.getDatabase("plaza_bench").drop();

            assertThat(client.listDatabaseNames().into(new ArrayList<>())).doesNotContain("plaza_bench");
        } finally {
            server.shutdown();
        }
    }

    @Test
    void readsAndWritesTheSameFileAsTheStockBackend() {
        String file = dir.resolve("shared.mv.db").toString();
        withCollection(new H2Backend(file), signatures -> signatures.insertMany(docs(3)));
        withCollection(new IdFirstH2Backend(file), signatures -> {
            assertThat(signatures.countDocuments()).isEqualTo(3);
            signatures.updateOne(Filters.and(Filters.eq("_id", "sig-1"), Filters.eq("version", 1)),
                    Updates.set("status", "VERIFIED"));
            signatures.insertOne(new Document("_id", "sig-3").append("version", 1));
        });
        withCollection(new H2Backend(file), signatures -> {
            assertThat(signatures.countDocuments()).isEqualTo(4);
            assertThat(signatures.find(Filters.eq("_id", "sig-1")).first()).containsEntry("status", "VERIFIED");
        });
    }

    @Test
    void uniqueIndexesWrittenByTheStockBackendKeepFindingAndRefusingTheSameKeys() {
        String file = dir.resolve("indexed.mv.db").toString();
        withCollection(new H2Backend(file), signatures -> {
            signatures.createIndex(Indexes.ascending("petitionId", "email"), new IndexOptions().unique(true));
            signatures.insertMany(signers(0, 200));
        });
        IdFirstH2Backend ours = new IdFirstH2Backend(file);
        withCollection(ours, signatures -> {
            assertThat(signatures.find(Filters.and(Filters.eq("petitionId", "pet-1"), Filters.eq("email", "r7@example.org")))
                    .first()).containsEntry("_id", "sig-7");
            assertThatThrownBy(() -> signatures.insertOne(signer(1000, "pet-1", "r7@example.org")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            signatures.insertMany(signers(200, 400));
            assertThat(signatures.find(Filters.eq("_id", "sig-350")).first()).containsEntry("email", "r350@example.org");
        });
        assertThat(ours.keyType().serializations()).as("index keys were compared by their remembered bytes")
                .isPositive().isLessThan(400L * 10);
        withCollection(new H2Backend(file), signatures -> {
            assertThat(signatures.countDocuments()).isEqualTo(400);
            assertThat(signatures.find(Filters.and(Filters.eq("petitionId", "pet-0"), Filters.eq("email", "r350@example.org")))
                    .first()).containsEntry("_id", "sig-350");
            assertThatThrownBy(() -> signatures.insertOne(signer(1001, "pet-0", "r350@example.org")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        });
    }

    private static List<Document> signers(int from, int to) {
        List<Document> docs = new ArrayList<>();
        for (int i = from; i < to; i++) {
            docs.add(signer(i, "pet-" + (i % 2), "r" + i + "@example.org"));
        }
        return docs;
    }

    private static Document signer(int i, String petitionId, String email) {
        return new Document("_id", "sig-" + i).append("petitionId", petitionId).append("email", email);
    }

    private static List<Document> docs(int n) {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            docs.add(new Document("_id", "sig-" + i).append("version", 1).append("petitionId", "pet-" + (i % 2))
                    .append("name", "Resident " + i));
        }
        return docs;
    }

    private static void withCollection(MongoBackend backend, Consumer<MongoCollection<Document>> work) {
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            work.accept(client.getDatabase("plaza_petitions").getCollection("signatures"));
        } finally {
            server.shutdown();
        }
    }
}
