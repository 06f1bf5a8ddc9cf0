package org.plaza.devstack.mongo;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * mongo-java-server's H2 backend, with the same file format and three changes for speed:
 * <ul>
 * <li>a query that names one {@code _id} among other fields reads that document through the primary key
 * instead of scanning the collection. The server only uses an index when the query has exactly its
 * fields, so every optimistic-locking write Spring Data sends ({@code {_id: x, version: n}}) read the
 * whole collection while holding its lock: a petition's signatures slowed down with each one stored;</li>
 * <li>index keys are compared by their remembered serialized bytes ({@link RememberedKeyBytes});</li>
 * <li>the store keeps {@link #CACHE_MB} MB of pages in memory.</li>
 * </ul>
 */
final class IdFirstH2Backend extends H2Backend {

    /**
     * MB of pages the store keeps in memory (H2's default is 16). A page the cache misses is read from the
     * file and deserialized object by object, which was a quarter of this process's CPU time under load
     * once the data outgrew 16 MB.
     */
    static final int CACHE_MB = 256;

    /** Not initialised in its declaration: the superclass constructor already opens the existing databases. */
    private AtomicLong fullScans;
    private RememberedKeyBytes keyType;

    IdFirstH2Backend(String file) {
        super(new MVStore.Builder().fileName(file).cacheSize(CACHE_MB).open());
    }

    /** Queries answered by reading a whole collection since start-up. */
    long fullScans() {
        return counter().get();
    }

    /** The key type of every index map (one for the whole store, so it remembers keys across indexes). */
    synchronized RememberedKeyBytes keyType() {
        if (keyType == null) {
            keyType = new RememberedKeyBytes();
        }
        return keyType;
    }

    private synchronized AtomicLong counter() {
        if (fullScans == null) {
            fullScans = new AtomicLong();
        }
        return fullScans;
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getMvStore(), getCursorRegistry());
    }

    /** An inner class: the collections that exist already are opened from the superclass constructor. */
    private final class Database extends H2Database {

        Database(String name, MVStore store, CursorRegistry cursors) {
            super(name, store, cursors);
        }

        /**
         * Opens the index's map with {@link RememberedKeyBytes} first; the superclass then finds it open and
         * builds its index on it. The map name is the server's ({@code <db>.<collection>._index_<name>}).
         */
        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            getMvStore().openMap(getFullCollectionNamespace(collectionName) + "._index_" + indexName,
                    new MVMap.Builder<KeyValue, Object>().keyType(keyType()));
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String fullName = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> data = getMvStore().openMap("databases." + fullName);
            MVMap<String, Object> meta = getMvStore().openMap("meta." + fullName);
            return new IdFirstCollection(this, collectionName, options, data, meta, cursorRegistry, counter());
        }
    }

    private static final class IdFirstCollection extends H2Collection {

        private final AtomicLong fullScans;

        IdFirstCollection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
                MVMap<String, Object> meta, CursorRegistry cursors, AtomicLong fullScans) {
            super(database, name, options, data, meta, cursors);
            this.fullScans = fullScans;
        }

        /** Reached only when no index has exactly the query's fields. */
        @Override
        protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                int batchSize, Document fieldSelector) {
            Object id = idNamedIn(query);
            if (id != null) {
                QueryResult byId = queryDocuments(new Document(getIdField(), id), null, 0, 0, 0, null);
                Stream<Document> candidates = StreamSupport.stream(byId.spliterator(), false);
                return matchDocumentsFromStream(candidates, query, orderBy, numberToSkip, limit, batchSize,
                        fieldSelector);
            }
            fullScans.incrementAndGet();
            return super.matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }

        /**
         * The one plain {@code _id} a query requires besides other conditions, at its top level or in a
         * top-level {@code $and}; else null (also for {@code {_id: x}} alone, which reaches here only in a
         * collection without a primary-key index).
         */
        private Object idNamedIn(Document query) {
            Object id = query.get(getIdField());
            if (isPlainValue(id)) {
                return query.size() > 1 ? id : null;
            }
            if (query.get("$and") instanceof List<?> clauses) {
                for (Object clause : clauses) {
                    if (clause instanceof Document document && isPlainValue(document.get(getIdField()))) {
                        return document.get(getIdField());
                    }
                }
            }
            return null;
        }

        /** Ids Plaza uses, compared by value (not an operator, a sub-document, an array or a pattern). */
        private static boolean isPlainValue(Object id) {
            return id instanceof String || id instanceof Number || id instanceof ObjectId || id instanceof UUID;
        }
    }
}
