package org.plaza.devstack.mongo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.backend.KeyValue;

/**
 * The key type of an index map the stock backend wrote, when it stays in use (see {@link IdFirstH2Backend}):
 * H2's own {@link ObjectDataType}, so the bytes on disk and
 * the order of keys are exactly as before, but it remembers each key's serialized form. H2 orders
 * mongo-java-server's index keys (not {@code Comparable}) by their Java-serialized bytes and
 * serialized both keys again at every comparison of every binary search, which made each index
 * lookup or insert cost dozens of serializations. The memory is bounded: past {@link #LIMIT} keys it
 * starts again.
 */
final class RememberedKeyBytes extends ObjectDataType {

    static final int LIMIT = 200_000;

    private final Map<Identity, byte[]> remembered = new ConcurrentHashMap<>();
    private final AtomicLong serializations = new AtomicLong();

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue && b instanceof KeyValue) {
            return a == b ? 0 : compareNotNull(bytesOf(a), bytesOf(b));
        }
        return super.compare(a, b);
    }

    /** Keys serialized for comparison since start-up. */
    long serializations() {
        return serializations.get();
    }

    private byte[] bytesOf(Object key) {
        Identity identity = new Identity(key);
        byte[] bytes = remembered.get(identity);
        if (bytes == null) {
            bytes = serialize(key);
            serializations.incrementAndGet();
            if (remembered.size() >= LIMIT) {
                remembered.clear();
            }
            remembered.put(identity, bytes);
        }
        return bytes;
    }

    /** A key object itself, not its value: equal keys built apart may still serialize differently. */
    private record Identity(Object key) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && identity.key == key;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(key);
        }
    }
}
