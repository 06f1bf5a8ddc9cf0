package org.plaza.devstack.mongo;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * The key type of the index maps Plaza's backend writes ({@link CompactUniqueIndex}): a key is written as its
 * values in {@link ValueCodec}'s compact form behind {@link #KEY_TAG} (Java-serialized if the form does not carry
 * one of them), and keys are ordered by their values, not by bytes: H2's own type serialized
 * both keys at each comparison of each binary search. The order is a total order in which two keys are equal
 * exactly when their values are of the same classes and equal (an {@code Integer} 1 is not a {@code Long} 1, as
 * with the bytes H2 compared), which is all a unique index asks of it; nothing reads these maps in key order.
 */
final class KeyValueType extends CompactObjectType {

    /** The first byte of a key in the compact form. */
    static final byte KEY_TAG = 121;

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue x && b instanceof KeyValue y) {
            return compareLists(x.iterator(), y.iterator());
        }
        return super.compare(a, b);
    }

    @Override
    public void write(WriteBuffer buff, Object obj) {
        if (obj instanceof KeyValue key) {
            writeCompactlyOr(buff, obj, compact -> {
                compact.put(KEY_TAG).putVarInt(key.size());
                for (Object value : key) {
                    ValueCodec.write(compact, value);
                }
            });
        } else {
            super.write(buff, obj);
        }
    }

    @Override
    public Object read(ByteBuffer buff) {
        if (buff.get(buff.position()) != KEY_TAG) {
            return super.read(buff);
        }
        buff.get();
        int size = DataUtils.readVarInt(buff);
        List<Object> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(ValueCodec.read(buff));
        }
        return new KeyValue(values);
    }

    @Override
    public int getMemory(Object obj) {
        if (obj instanceof KeyValue key) {
            int bytes = 56;
            for (Object value : key) {
                bytes += ValueCodec.estimatedHeapBytes(value);
            }
            return bytes;
        }
        return super.getMemory(obj);
    }

    private int compareLists(Iterator<?> a, Iterator<?> b) {
        while (a.hasNext() && b.hasNext()) {
            int c = compareValues(a.next(), b.next());
            if (c != 0) {
                return c;
            }
        }
        return Boolean.compare(a.hasNext(), b.hasNext());
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private int compareValues(Object a, Object b) {
        int rank = Integer.compare(rank(a), rank(b));
        if (rank != 0 || a == b) {
            return rank;
        }
        if (a == null || a instanceof Missing) {
            return 0;
        }
        if (a instanceof Map<?, ?> x) {
            return compareDocuments(x, (Map<?, ?>) b);
        }
        if (a instanceof List<?> x) {
            return compareLists(x.iterator(), ((List<?>) b).iterator());
        }
        if (a.getClass() != b.getClass()) {
            return a.getClass().getName().compareTo(b.getClass().getName());
        }
        if (a instanceof Comparable x) {
            return x.compareTo(b);
        }
        return compareNotNull(serialize(a), serialize(b));
    }

    private int compareDocuments(Map<?, ?> a, Map<?, ?> b) {
        Iterator<? extends Map.Entry<?, ?>> x = a.entrySet().iterator();
        Iterator<? extends Map.Entry<?, ?>> y = b.entrySet().iterator();
        while (x.hasNext() && y.hasNext()) {
            Map.Entry<?, ?> e = x.next();
            Map.Entry<?, ?> f = y.next();
            int c = ((String) e.getKey()).compareTo((String) f.getKey());
            if (c == 0) {
                c = compareValues(e.getValue(), f.getValue());
            }
            if (c != 0) {
                return c;
            }
        }
        return Boolean.compare(x.hasNext(), y.hasNext());
    }

    /** Values of different ranks are never equal; classes the server's keys do not hold share the last rank. */
    private static int rank(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof Missing) {
            return 1;
        }
        if (value instanceof Boolean) {
            return 2;
        }
        if (value instanceof Integer) {
            return 3;
        }
        if (value instanceof Long) {
            return 4;
        }
        if (value instanceof Double) {
            return 5;
        }
        if (value instanceof String) {
            return 6;
        }
        if (value instanceof ObjectId) {
            return 7;
        }
        if (value instanceof UUID) {
            return 8;
        }
        if (value instanceof Map<?, ?>) {
            return 9;
        }
        if (value instanceof List<?>) {
            return 10;
        }
        return 11;
    }
}
