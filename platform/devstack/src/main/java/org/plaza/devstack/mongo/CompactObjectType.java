package org.plaza.devstack.mongo;

import java.nio.ByteBuffer;
import java.util.function.Consumer;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * The type of the documents and ids the store keeps: H2's {@link ObjectDataType}, except that a document or an
 * {@code ObjectId} is written in {@link ValueCodec}'s compact form behind a tag of its own, {@link #COMPACT_TAG},
 * which H2's type does not use. H2's type wrote them with Java serialization: every value carried its class
 * descriptions, about three times the bytes, and reading or writing a page of them was most of the server's CPU
 * time. A document holding a value the compact form does not carry is still Java-serialized.
 * <p>
 * Each value says how it was written, so a file written before (or by the stock backend) needs no conversion:
 * its values are read as H2 wrote them, and every page the store writes again is written compactly. Order is
 * H2's own (strings, numbers, {@code ObjectId}s by {@code compareTo}), so an existing map keeps its order.
 */
class CompactObjectType extends ObjectDataType {

    /** The first byte of a value in the compact form; H2 2.3's {@link ObjectDataType} uses 0–19, 32–49 and 64–119. */
    static final byte COMPACT_TAG = 120;

    /**
     * H2 would count an {@code ObjectId} at the running average of the Java-serialized objects it wrote, 10 KB
     * until it has written one, and filled its cache and split its pages by that.
     */
    private static final int OBJECT_ID_HEAP_BYTES = 48;

    @Override
    public void write(WriteBuffer buff, Object obj) {
        if (obj instanceof Document || obj instanceof ObjectId) {
            writeCompactlyOr(buff, obj, compact -> ValueCodec.write(compact.put(COMPACT_TAG), obj));
        } else {
            super.write(buff, obj);
        }
    }

    /** Writes the value with {@code compactly}, or as H2's type does if the compact form does not carry it. */
    final void writeCompactlyOr(WriteBuffer buff, Object obj, Consumer<WriteBuffer> compactly) {
        int start = buff.position();
        try {
            compactly.accept(buff);
        } catch (ValueCodec.Unsupported e) {
            buff.position(start);
            super.write(buff, obj);
        }
    }

    @Override
    public Object read(ByteBuffer buff) {
        if (buff.get(buff.position()) != COMPACT_TAG) {
            return super.read(buff);
        }
        buff.get();
        return ValueCodec.read(buff);
    }

    @Override
    public int getMemory(Object obj) {
        if (obj instanceof Document) {
            return ValueCodec.estimatedHeapBytes(obj);
        }
        if (obj instanceof ObjectId) {
            return OBJECT_ID_HEAP_BYTES;
        }
        return super.getMemory(obj);
    }
}
