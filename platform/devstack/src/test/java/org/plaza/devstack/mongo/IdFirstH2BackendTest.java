package org.plaza.devstack.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreTool;
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

/**
 * Queries naming one _id among other fields read one document, with the same answers as before; a file the stock
 * backend wrote opens, its indexes rebuilt once with compact keys; a new file is compact.
 */
class IdFirstH2BackendTest {

    private static final String SIGNATURES = "plaza_petitions.signatures";

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
    void anUpdateNeverChangesTheDocumentTheStoreHoldsWhileItsWriterMaySerializeIt() {
        IdFirstH2Backend backend = new IdFirstH2Backend(dir.resolve("d.mv.db").toString());
        withCollection(backend, signatures -> {
            signatures.insertMany(docs(4));
            MVMap<Object, de.bwaldvogel.mongo.bson.Document> data = backend.getMvStore().openMap("databases." + SIGNATURES);
            de.bwaldvogel.mongo.bson.Document heldBeforeUpdateById = data.get("sig-1");

            signatures.updateOne(Filters.eq("_id", "sig-1"), Updates.set("status", "VERIFIED"));
            de.bwaldvogel.mongo.bson.Document heldBeforeUpdateByScan = data.get("sig-1");
            signatures.updateMany(Filters.eq("petitionId", "pet-1"), Updates.set("checked", true));

            assertThat(heldBeforeUpdateById.containsKey("status")).as("changed in place by an update by _id").isFalse();
            assertThat(heldBeforeUpdateByScan.containsKey("checked")).as("changed in place by a scanning update").isFalse();
            assertThat(signatures.find(Filters.eq("_id", "sig-1")).first()).containsEntry("status", "VERIFIED")
                    .containsEntry("checked", true);
            assertThat(signatures.countDocuments(Filters.eq("checked", true))).isEqualTo(2);
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
    void aFileTheStockBackendWroteOpensAndKeepsEverythingAcrossRestarts() {
        String file = dir.resolve("shared.mv.db").toString();
        withCollection(new H2Backend(file), signatures -> signatures.insertMany(docs(3)));
        withCollection(new IdFirstH2Backend(file), signatures -> {
            assertThat(signatures.countDocuments()).isEqualTo(3);
            signatures.updateOne(Filters.and(Filters.eq("_id", "sig-1"), Filters.eq("version", 1)),
                    Updates.set("status", "VERIFIED"));
            signatures.insertOne(new Document("_id", "sig-3").append("version", 1));
        });
        withCollection(new IdFirstH2Backend(file), signatures -> {
            assertThat(signatures.countDocuments()).isEqualTo(4);
            assertThat(signatures.find(Filters.eq("_id", "sig-1")).first()).containsEntry("status", "VERIFIED");
            assertThat(signatures.find(Filters.eq("_id", "sig-2")).first()).containsEntry("name", "Resident 2");
            assertThatThrownBy(() -> signatures.insertOne(new Document("_id", "sig-2")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        });
    }

    @Test
    void uniqueIndexesWrittenByTheStockBackendAreRebuiltOnceAndKeepFindingAndRefusingTheSameKeys() {
        String file = dir.resolve("indexed.mv.db").toString();
        withCollection(new H2Backend(file), signatures -> {
            signatures.createIndex(Indexes.ascending("petitionId", "email"), new IndexOptions().unique(true));
            signatures.insertMany(signers(0, 200));
        });
        assertThat(mapNames(file)).contains(SIGNATURES + "._index_petitionId_1_email_1", SIGNATURES + "._index__id_");

        IdFirstH2Backend ours = new IdFirstH2Backend(file);
        withCollection(ours, signatures -> {
            assertThat(signatures.find(Filters.and(Filters.eq("petitionId", "pet-1"), Filters.eq("email", "r7@example.org")))
                    .first()).containsEntry("_id", "sig-7");
            assertThatThrownBy(() -> signatures.insertOne(signer(1000, "pet-1", "r7@example.org")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            signatures.insertMany(signers(200, 400));
            assertThat(signatures.find(Filters.eq("_id", "sig-350")).first()).containsEntry("email", "r350@example.org");
        });
        assertThat(mapNames(file)).as("the stock backend's index maps gave way to compact ones")
                .contains(SIGNATURES + "._compact_index_petitionId_1_email_1", SIGNATURES + "._compact_index__id_")
                .noneMatch(name -> name.contains("._index_") || name.contains("._building_index_"));

        withCollection(new IdFirstH2Backend(file), signatures -> {
            assertThat(signatures.countDocuments()).isEqualTo(400);
            assertThat(signatures.find(Filters.and(Filters.eq("petitionId", "pet-0"), Filters.eq("email", "r350@example.org")))
                    .first()).containsEntry("_id", "sig-350");
            assertThatThrownBy(() -> signatures.insertOne(signer(1001, "pet-0", "r350@example.org")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            assertThatThrownBy(() -> signatures.insertOne(signer(7, "pet-9", "new@example.org")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        });
    }

    @Test
    void anIndexBuildACrashInterruptedIsBuiltAgainFromTheDocuments() {
        String file = dir.resolve("crashed.mv.db").toString();
        withCollection(new IdFirstH2Backend(file), signatures -> {
            signatures.createIndex(Indexes.ascending("petitionId", "email"), new IndexOptions().unique(true));
            signatures.insertMany(signers(0, 300));
        });
        MVStore store = MVStore.open(file);
        MVMap<Object, Object> index = store.openMap(SIGNATURES + "._compact_index_petitionId_1_email_1",
                new MVMap.Builder<>().keyType(new KeyValueType()).valueType(new CompactObjectType()));
        for (int i = 0; i < 150; i++) {
            index.remove(index.firstKey());
        }
        store.renameMap(index, SIGNATURES + "._building_index_petitionId_1_email_1");
        store.close();

        withCollection(new IdFirstH2Backend(file), signatures -> {
            for (int i = 0; i < 300; i += 7) {
                assertThat(signatures.find(Filters.and(Filters.eq("petitionId", "pet-" + (i % 2)),
                        Filters.eq("email", "r" + i + "@example.org"))).first()).containsEntry("_id", "sig-" + i);
            }
            assertThatThrownBy(() -> signatures.insertOne(signer(1000, "pet-0", "r0@example.org")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        });
        assertThat(mapNames(file)).contains(SIGNATURES + "._compact_index_petitionId_1_email_1")
                .noneMatch(name -> name.contains("._building_index_"));
    }

    @Test
    void aStockIndexTheDocumentsNoLongerFitStaysInUseAndTheCollectionOpens() {
        String file = dir.resolve("unfit.mv.db").toString();
        withCollection(new H2Backend(file), signatures -> {
            signatures.createIndex(Indexes.ascending("email"), new IndexOptions().unique(true));
            signatures.insertMany(signers(0, 20));
        });
        MVStore store = MVStore.open(file);
        store.openMap("databases." + SIGNATURES).put("sig-twin",
                new de.bwaldvogel.mongo.bson.Document("_id", "sig-twin").append("email", "r3@example.org"));
        store.close();

        withCollection(new IdFirstH2Backend(file), signatures -> {
            assertThat(signatures.find(Filters.eq("email", "r5@example.org")).first()).containsEntry("_id", "sig-5");
            assertThatThrownBy(() -> signatures.insertOne(signer(1000, "pet-0", "r5@example.org")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            signatures.insertOne(signer(21, "pet-1", "r21@example.org"));
        });
        assertThat(mapNames(file)).contains(SIGNATURES + "._index_email_1", SIGNATURES + "._compact_index__id_");
    }

    @Test
    void documentsTheStockBackendWroteAreWrittenAgainCompactlyWhenTheFileFirstOpens() {
        String file = dir.resolve("rewritten.mv.db").toString();
        withCollection(new H2Backend(file), signatures -> signatures.insertMany(residents(3_000)));
        long stockBytes = liveBytes(file);

        withCollection(new IdFirstH2Backend(file), signatures -> assertThat(signatures.countDocuments()).isEqualTo(3_000));
        long oursBytes = liveBytes(file);

        assertThat(oursBytes).as("live bytes after the first open %s, before %s", oursBytes, stockBytes)
                .isLessThan(stockBytes / 2);
        withCollection(new IdFirstH2Backend(file), signatures -> {
            assertThat(signatures.countDocuments()).isEqualTo(3_000);
            assertThat(signatures.find(Filters.eq("_id", "sig-2999")).first()).containsEntry("name", "Resident 2999");
        });
    }

    @Test
    void aNewStoreTakesLessThanHalfTheFileOfTheStockBackend() {
        String stock = dir.resolve("stock.mv.db").toString();
        String ours = dir.resolve("ours.mv.db").toString();
        List<Document> documents = residents(3_000);
        withCollection(new H2Backend(stock), signatures -> {
            signatures.createIndex(Indexes.ascending("petitionId", "email"), new IndexOptions().unique(true));
            signatures.insertMany(documents);
        });
        withCollection(new IdFirstH2Backend(ours), signatures -> {
            signatures.createIndex(Indexes.ascending("petitionId", "email"), new IndexOptions().unique(true));
            signatures.insertMany(documents);
        });

        assertThat(liveBytes(ours)).as("live bytes, ours vs stock").isLessThan(liveBytes(stock) / 2);
    }

    private static List<String> mapNames(String file) {
        MVStore store = MVStore.open(file);
        try {
            return new ArrayList<>(store.getMapNames());
        } finally {
            store.close();
        }
    }

    /** The file's size once H2 has copied only its live pages, uncompressed. */
    private static long liveBytes(String file) {
        MVStoreTool.compact(file, false);
        return Path.of(file).toFile().length();
    }

    private static List<Document> residents(int n) {
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            documents.add(signer(i, "pet-" + (i % 10), "r" + i + "@example.org").append("name", "Resident " + i)
                    .append("status", "PENDING").append("version", 1L).append("createdAt", new java.util.Date()));
        }
        return documents;
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
