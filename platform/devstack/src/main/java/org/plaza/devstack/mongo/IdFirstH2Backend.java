package org.plaza.devstack.mongo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
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
 * mongo-java-server's H2 backend, with these changes for speed:
 * <ul>
 * <li>a query that names one {@code _id} among other fields reads that document through the primary key
 * instead of scanning the collection. The server only uses an index when the query has exactly its
 * fields, so every optimistic-locking write Spring Data sends ({@code {_id: x, version: n}}) read the
 * whole collection while holding its lock: a petition's signatures slowed down with each one stored;</li>
 * <li>documents and ids are stored in a compact binary form instead of Java-serialized
 * ({@link CompactObjectType}); a value written before is still read as it was written;</li>
 * <li>index keys are stored in the same form and ordered by value ({@link KeyValueType},
 * {@link CompactUniqueIndex}). An index the stock backend wrote (keys ordered by their Java-serialized bytes) is rebuilt once from the
 * documents when the store opens, under a name of its own, so a file of either kind opens;</li>
 * <li>the store keeps {@link #CACHE_MB} MB of pages in memory.</li>
 * </ul>
 * A file this backend has written cannot be opened by the stock backend any more.
 */
final class IdFirstH2Backend extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(IdFirstH2Backend.class);

    /**
     * MB of pages the store keeps in memory (H2's default is 16). A page the cache misses is read from the
     * file and deserialized object by object, which was a quarter of this process's CPU time under load
     * once the data outgrew 16 MB.
     */
    static final int CACHE_MB = 256;

    /** The name the server gives every collection's primary key index. */
    private static final String PRIMARY_KEY_INDEX = "_id_";

    /** Not initialised in its declaration: the superclass constructor already opens the existing databases. */
    private AtomicLong fullScans;
    private RememberedKeyBytes keyType;

    IdFirstH2Backend(String file) {
        this(file, CACHE_MB);
    }

    /** With another page cache size, to measure what the cache is worth. */
    IdFirstH2Backend(String file, int cacheMb) {
        super(new MVStore.Builder().fileName(file).cacheSize(cacheMb).open());
    }

    /** Queries answered by reading a whole collection since start-up. */
    long fullScans() {
        return counter().get();
    }

    /**
     * The key type of a stock backend's index map that stays in use because its documents no longer fit a rebuilt
     * index (one for the whole store, so it remembers keys across indexes).
     */
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
         * The index's map in the compact format ({@code <db>.<collection>._compact_index_<name>}), or, when there
         * is none yet, a map to build it in: the collection fills it from its documents and then renames it
         * ({@link IdFirstCollection#addIndex}). A build a crash interrupted is thrown away and started again.
         */
        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            IndexMaps maps = new IndexMaps(getMvStore(), getFullCollectionNamespace(collectionName), indexName);
            if (getMvStore().hasMap(maps.compact())) {
                maps.removeStock(keyType());
                return new CompactUniqueIndex(maps.openCompact(), indexName, keys, sparse);
            }
            maps.removeBuilding();
            return new CompactUniqueIndex(maps.openBuilding(), indexName, keys, sparse);
        }

        @Override
        protected void dropIndex(MongoCollection<Object> collection, String indexName) {
            super.dropIndex(collection, indexName);
            IndexMaps maps = new IndexMaps(getMvStore(), collection.getFullName(), indexName);
            maps.removeBuilding();
            if (getMvStore().hasMap(maps.compact())) {
                getMvStore().removeMap(maps.openCompact());
            }
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String fullName = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> data = getMvStore().openMap("databases." + fullName,
                    new MVMap.Builder<Object, Document>().keyType(new CompactObjectType())
                            .valueType(new CompactObjectType()));
            if (getMvStore().hasMap(new IndexMaps(getMvStore(), fullName, PRIMARY_KEY_INDEX).stock())) {
                rewrite(fullName, data);
            }
            MVMap<String, Object> meta = getMvStore().openMap("meta." + fullName);
            return new IdFirstCollection(this, collectionName, options, data, meta, cursorRegistry, counter(),
                    getMvStore(), keyType());
        }
    }

    /**
     * Writes every document of a collection the stock backend wrote again, so that all of them are stored compactly
     * (H2 writes only the pages that change). Done once: its primary key index is rebuilt next, and a collection
     * whose primary key index is rebuilt is not rewritten again; a rewrite a crash cut short is done again.
     */
    private static void rewrite(String collection, MVMap<Object, Document> data) {
        long started = System.nanoTime();
        log.info("Rewriting the {} documents of {} compactly", data.sizeAsLong(), collection);
        for (Map.Entry<Object, Document> entry : data.entrySet()) {
            data.put(entry.getKey(), entry.getValue());
        }
        log.info("Rewrote {} in {} ms", collection, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The names of one index's maps: the stock backend's ({@code ._index_}, keys Java-serialized and ordered by
     * those bytes), the compact one, and the one the compact index is built in before it takes its name.
     */
    private record IndexMaps(MVStore store, String namespace, String index) {

        String stock() {
            return namespace + "._index_" + index;
        }

        String compact() {
            return namespace + "._compact_index_" + index;
        }

        String building() {
            return namespace + "._building_index_" + index;
        }

        MVMap<KeyValue, Object> openCompact() {
            return store.openMap(compact(), compactIndexMap());
        }

        MVMap<KeyValue, Object> openBuilding() {
            return store.openMap(building(), compactIndexMap());
        }

        MVMap<KeyValue, Object> openStock(RememberedKeyBytes keyType) {
            return store.openMap(stock(),
                    new MVMap.Builder<KeyValue, Object>().keyType(keyType).valueType(new CompactObjectType()));
        }

        /**
         * Removes the stock backend's map, opened with its types first: {@code MVStore.removeMap(String)} opens a
         * map that is not open with a type that cannot compare keys, and if the file's background compaction
         * moves one of its pages meanwhile, the store stops.
         */
        void removeStock(RememberedKeyBytes keyType) {
            if (store.hasMap(stock())) {
                store.removeMap(openStock(keyType));
            }
        }

        void removeBuilding() {
            if (store.hasMap(building())) {
                store.removeMap(openBuilding());
            }
        }

        static boolean isBuilding(MVMap<?, ?> map) {
            return map.getName() != null && map.getName().contains("._building_index_");
        }

        private static MVMap.Builder<KeyValue, Object> compactIndexMap() {
            return new MVMap.Builder<KeyValue, Object>().keyType(new KeyValueType()).valueType(new CompactObjectType());
        }
    }

    /**
     * A collection whose stored documents are never handed out. The server updates a document by changing the one
     * it read in place and putting it back, and reads return the instance the store holds in its page; the store's
     * background writer serializes those pages while the server runs. A change under the writer threw
     * {@code ConcurrentModificationException}, and the store closed for good ("This store is closed"): every later
     * command of every service failed, and writes acknowledged since the last save were lost. So reads get a copy
     * and writes put a copy; a scan copies only the documents that match.
     */
    private static final class IdFirstCollection extends H2Collection {

        private final MVMap<Object, Document> data;
        private final AtomicLong fullScans;
        private final MVStore store;
        private final RememberedKeyBytes stockKeyType;
        private final Set<String> indexNames = ConcurrentHashMap.newKeySet();

        IdFirstCollection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
                MVMap<String, Object> meta, CursorRegistry cursors, AtomicLong fullScans, MVStore store,
                RememberedKeyBytes stockKeyType) {
            super(database, name, options, data, meta, cursors);
            this.data = data;
            this.fullScans = fullScans;
            this.store = store;
            this.stockKeyType = stockKeyType;
        }

        /**
         * Adds an index; one opened in its building map is filled from the documents (by the server) and then
         * takes its name, and the stock backend's map of the same index, if any, is removed. If the documents
         * do not fit a rebuilt index that the stock backend kept, the stock backend's map stays in use.
         */
        @Override
        public synchronized void addIndex(Index<Object> index) {
            if (!(index instanceof CompactUniqueIndex built) || !IndexMaps.isBuilding(built.map())) {
                super.addIndex(index);
                indexNames.add(index.getName());
                return;
            }
            IndexMaps maps = new IndexMaps(store, getFullName(), index.getName());
            if (indexNames.contains(index.getName())) {
                store.removeMap(built.map());
                super.addIndex(index);
                return;
            }
            boolean rebuilding = store.hasMap(maps.stock());
            long started = System.nanoTime();
            if (rebuilding) {
                log.info("Rebuilding index {} of {} ({} documents) with compact keys", index.getName(), getFullName(),
                        count());
            }
            try {
                super.addIndex(index);
            } catch (RuntimeException e) {
                store.removeMap(built.map());
                if (!rebuilding) {
                    throw e;
                }
                log.warn("Index {} of {} could not be rebuilt; keeping it as the stock backend wrote it",
                        index.getName(), getFullName(), e);
                super.addIndex(built.on(maps.openStock(stockKeyType)));
                indexNames.add(index.getName());
                return;
            }
            store.renameMap(built.map(), maps.compact());
            maps.removeStock(stockKeyType);
            indexNames.add(index.getName());
            if (rebuilding) {
                log.info("Rebuilt index {} of {} in {} ms", index.getName(), getFullName(),
                        (System.nanoTime() - started) / 1_000_000);
            }
        }

        @Override
        public synchronized void dropIndex(String indexName) {
            super.dropIndex(indexName);
            indexNames.remove(indexName);
        }

        @Override
        protected Document getDocument(Object position) {
            Document stored = super.getDocument(position);
            return stored == null ? null : stored.cloneDeeply();
        }

        @Override
        protected Stream<DocumentWithPosition<Object>> streamAllDocumentsWithPosition() {
            return super.streamAllDocumentsWithPosition()
                    .map(stored -> new DocumentWithPosition<>(stored.getDocument().cloneDeeply(), stored.getPosition()));
        }

        @Override
        protected Object addDocumentInternal(Document document) {
            return super.addDocumentInternal(document.cloneDeeply());
        }

        @Override
        protected void handleUpdate(Object position, Document oldDocument, Document newDocument) {
            super.handleUpdate(position, oldDocument, newDocument.cloneDeeply());
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
            if (isNaturalDescending(orderBy)) {
                return super.matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
            }
            Stream<Document> matching = data.values().stream().filter(stored -> documentMatchesQuery(stored, query))
                    .map(Document::cloneDeeply);
            return matchDocumentsFromStream(matching, query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
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
