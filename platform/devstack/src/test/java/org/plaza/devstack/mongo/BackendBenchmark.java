package org.plaza.devstack.mongo;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;

import de.bwaldvogel.mongo.MongoServer;

/**
 * What the store costs per operation, through the wire as a service sees it: inserts, optimistic-locking
 * updates and finds by id of documents shaped like a petition signature (with its outbox entry), in a collection
 * with a unique index like petitions'. Then the store is closed and opened again (a cold page cache) and the
 * finds are repeated. Prints CPU ms per operation (the whole JVM, driver included), file size and pages read.
 * <p>
 * With {@code open <file>}, it opens a data folder's file instead (see {@link #open}).
 * <p>
 * Not a test: run it by hand from the module, after {@code ./mvnw -o -q -B package -DskipTests}:
 * {@code java -cp target/classes:target/test-classes:'target/lib/*' org.plaza.devstack.mongo.BackendBenchmark 30000 /tmp/dir [cacheMb]}
 */
public final class BackendBenchmark {

    private BackendBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("open")) {
            open(Path.of(args[1]));
            return;
        }
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Path dir = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "/tmp/plaza-backend-benchmark"));
        int cacheMb = args.length > 2 ? Integer.parseInt(args[2]) : IdFirstH2Backend.CACHE_MB;
        Path file = dir.resolve("bench.mv.db");
        Files.deleteIfExists(file);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(UUID.randomUUID().toString());
        }

        IdFirstH2Backend backend = new IdFirstH2Backend(file.toString(), cacheMb);
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            MongoCollection<Document> signatures = client.getDatabase("plaza_petitions").getCollection("signatures");
            signatures.createIndex(Indexes.ascending("petitionId", "email"), new IndexOptions().unique(true));
            warmUp(client);

            measure("insert", n, backend, () -> {
                for (int i = 0; i < n; i++) {
                    signatures.insertOne(signature(ids.get(i), i));
                }
            });
            Random random = new Random(7);
            measure("update {_id, version}", n, backend, () -> {
                for (int i = 0; i < n; i++) {
                    signatures.updateOne(Filters.and(Filters.eq("_id", ids.get(i)), Filters.eq("version", 1L)),
                            Updates.combine(Updates.set("status", "VERIFIED"), Updates.set("verifiedAt", Instant.now()),
                                    Updates.unset("pendingEvents"), Updates.inc("version", 1L)));
                }
            });
            measure("find by _id (warm)", n, backend, () -> {
                for (int i = 0; i < n; i++) {
                    signatures.find(Filters.eq("_id", ids.get(random.nextInt(n)))).first();
                }
            });
            measure("find by unique index (warm)", n, backend, () -> {
                for (int i = 0; i < n; i++) {
                    int k = random.nextInt(n);
                    signatures.find(Filters.and(Filters.eq("petitionId", "pet-" + (k % 10)),
                            Filters.eq("email", "resident" + k + "@example.org"))).first();
                }
            });
        } finally {
            server.shutdownNow();
        }
        System.out.printf("file after close: %.1f MB%n", Files.size(file) / 1e6);

        IdFirstH2Backend reopened = new IdFirstH2Backend(file.toString(), cacheMb);
        MongoServer again = new MongoServer(reopened);
        try (MongoClient client = MongoClients.create(again.bindAndGetConnectionString())) {
            MongoCollection<Document> signatures = client.getDatabase("plaza_petitions").getCollection("signatures");
            Random random = new Random(11);
            measure("find by _id (cold cache)", n, reopened, () -> {
                for (int i = 0; i < n; i++) {
                    signatures.find(Filters.eq("_id", ids.get(random.nextInt(n)))).first();
                }
            });
        } finally {
            again.shutdownNow();
        }
        System.out.printf("heap used after: %.0f MB%n",
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1e6);
    }

    /**
     * {@code open <file>}: counts every collection's documents with the stock backend, then opens the file with
     * Plaza's (the first open of an old data folder rewrites it) and counts again. Run it on a copy.
     */
    private static void open(Path file) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("file before: %.1f MB%n", file.toFile().length() / 1e6);
        java.util.Map<String, Long> before = counts(new de.bwaldvogel.mongo.backend.h2.H2Backend(file.toString()));
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        IdFirstH2Backend ours = new IdFirstH2Backend(file.toString());
        System.out.printf("first open by Plaza's backend: CPU %.1f s, wall %.1f s%n", (os.getProcessCpuTime() - cpu) / 1e9,
                (System.nanoTime() - wall) / 1e9);
        java.util.Map<String, Long> after = counts(ours);
        System.out.printf("collections %d, documents %d before, %d after, every count equal: %s%n", before.size(),
                before.values().stream().mapToLong(Long::longValue).sum(),
                after.values().stream().mapToLong(Long::longValue).sum(), before.equals(after));
        System.out.printf("file after: %.1f MB%n", file.toFile().length() / 1e6);
    }

    private static java.util.Map<String, Long> counts(de.bwaldvogel.mongo.MongoBackend backend) {
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            for (String database : client.listDatabaseNames()) {
                for (String collection : client.getDatabase(database).listCollectionNames()) {
                    counts.put(database + "." + collection,
                            client.getDatabase(database).getCollection(collection).estimatedDocumentCount());
                }
            }
        } finally {
            server.shutdownNow();
        }
        return counts;
    }

    private static void warmUp(MongoClient client) {
        MongoCollection<Document> scratch = client.getDatabase("plaza_bench").getCollection("warm_up");
        for (int i = 0; i < 3_000; i++) {
            String id = "w" + i;
            scratch.insertOne(signature(id, i));
            scratch.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("version", 1L)), Updates.inc("version", 1L));
            scratch.find(Filters.eq("_id", id)).first();
        }
        scratch.drop();
    }

    private static void measure(String what, int n, IdFirstH2Backend backend, Runnable work) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var store = backend.getMvStore().getFileStore();
        long readsBefore = store.getReadCount();
        long cpuBefore = os.getProcessCpuTime();
        long wallBefore = System.nanoTime();
        work.run();
        double cpuMs = (os.getProcessCpuTime() - cpuBefore) / 1e6;
        double wallMs = (System.nanoTime() - wallBefore) / 1e6;
        System.out.printf("%-28s %7d ops  CPU %.3f ms/op  wall %.3f ms/op  page reads %.2f/op  file %.1f MB%n",
                what, n, cpuMs / n, wallMs / n, (store.getReadCount() - readsBefore) / (double) n, store.size() / 1e6);
    }

    /** About what petitions stores for a signature, with its outbox entry still pending. */
    private static Document signature(String id, int i) {
        Instant now = Instant.now();
        return new Document("_id", id).append("petitionId", "pet-" + (i % 10))
                .append("email", "resident" + i + "@example.org").append("name", "Resident Number " + i)
                .append("postcode", "2" + (8000 + i % 1000)).append("locale", i % 2 == 0 ? "es" : "en")
                .append("status", "PENDING").append("showName", i % 3 == 0).append("consentNews", i % 4 == 0)
                .append("codeHash", "sha256:" + UUID.nameUUIDFromBytes(id.getBytes()) + UUID.randomUUID())
                .append("codeExpiresAt", now.plusSeconds(900)).append("attempts", 0)
                .append("createdAt", now).append("requestId", UUID.randomUUID().toString())
                .append("version", 1L)
                .append("pendingEvents", List.of(new Document("type", "SignatureRequested").append("eventId",
                        UUID.randomUUID().toString()).append("occurredAt", now).append("payload",
                                new Document("signatureId", id).append("petitionId", "pet-" + (i % 10))
                                        .append("locale", "es"))));
    }
}
