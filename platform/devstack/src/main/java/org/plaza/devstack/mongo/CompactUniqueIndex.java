package org.plaza.devstack.mongo;

import java.util.List;
import java.util.Map.Entry;

import org.h2.mvstore.MVMap;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;

/**
 * A unique index on one MVStore map, as mongo-java-server's own {@code H2UniqueIndex} keeps it (key → the
 * document's position, its {@code _id}), on a map of any key type: {@link KeyValueType} for the maps Plaza's
 * backend writes, {@link RememberedKeyBytes} for an index the stock backend wrote and that could not be rebuilt.
 */
final class CompactUniqueIndex extends AbstractUniqueIndex<Object> {

    private final MVMap<KeyValue, Object> map;

    CompactUniqueIndex(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.map = map;
    }

    MVMap<KeyValue, Object> map() {
        return map;
    }

    /** The same index (name, keys, sparseness) on another map. */
    CompactUniqueIndex on(MVMap<KeyValue, Object> other) {
        return new CompactUniqueIndex(other, getName(), getKeys(), isSparse());
    }

    @Override
    protected Object removeDocument(KeyValue keyValue) {
        return map.remove(keyValue);
    }

    @Override
    protected boolean putKeyPosition(KeyValue keyValue, Object position) {
        return map.putIfAbsent(keyValue, Missing.ofNullable(position)) == null;
    }

    @Override
    protected Iterable<Entry<KeyValue, Object>> getIterable() {
        return map.entrySet();
    }

    @Override
    protected Object getPosition(KeyValue keyValue) {
        return map.get(keyValue);
    }

    @Override
    public long getCount() {
        return map.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }
}
