package org.plaza.devstack.mongo;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonJavaScript;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.LegacyUUID;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * A compact binary form of the values mongo-java-server keeps (BSON's types, as its wire codec decodes them): a
 * type byte, then the value; strings as H2 writes them (a character count, then one to three bytes a
 * character, so every Java string comes back the same); documents and lists as a count, then their entries.
 * About a third of the bytes of Java serialization, which wrote every value's class descriptions, and a
 * fraction of its CPU time. Anything else (a {@code Float}, a {@code java.util.Date}, a set, a map that is not a
 * document) is {@link Unsupported}: the caller writes that value another way.
 */
final class ValueCodec {

    private static final byte NULL = 0;
    private static final byte FALSE = 1;
    private static final byte TRUE = 2;
    private static final byte INT32 = 3;
    private static final byte INT64 = 4;
    private static final byte DOUBLE = 5;
    private static final byte STRING = 6;
    private static final byte DOCUMENT = 7;
    private static final byte LIST = 8;
    private static final byte OBJECT_ID = 9;
    private static final byte INSTANT_MILLIS = 10;
    private static final byte INSTANT = 11;
    private static final byte UUID_VALUE = 12;
    private static final byte LEGACY_UUID = 13;
    private static final byte BINARY = 14;
    private static final byte DECIMAL128 = 15;
    private static final byte TIMESTAMP = 16;
    private static final byte REGEX = 17;
    private static final byte JAVASCRIPT = 18;
    private static final byte MIN_KEY = 19;
    private static final byte MAX_KEY = 20;

    private static final int MAX_DEPTH = 200;

    private ValueCodec() {
    }

    /** A value this form does not carry; nothing the caller should keep was written. */
    static final class Unsupported extends RuntimeException {
        Unsupported(Object value) {
            super(value == null ? "too deep" : value.getClass().getName(), null, false, false);
        }
    }

    /** Writes the value, or throws {@link Unsupported} (having written part of it). */
    static void write(WriteBuffer buff, Object value) {
        write(buff, value, 0);
    }

    static Object read(ByteBuffer buff) {
        byte type = buff.get();
        return switch (type) {
            case NULL -> null;
            case FALSE -> Boolean.FALSE;
            case TRUE -> Boolean.TRUE;
            case INT32 -> DataUtils.readVarInt(buff);
            case INT64 -> buff.getLong();
            case DOUBLE -> buff.getDouble();
            case STRING -> DataUtils.readString(buff);
            case DOCUMENT -> readDocument(buff);
            case LIST -> {
                int size = DataUtils.readVarInt(buff);
                List<Object> list = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    list.add(read(buff));
                }
                yield list;
            }
            case OBJECT_ID -> {
                byte[] bytes = new byte[12];
                buff.get(bytes);
                yield new ObjectId(bytes);
            }
            case INSTANT_MILLIS -> Instant.ofEpochMilli(buff.getLong());
            case INSTANT -> Instant.ofEpochSecond(buff.getLong(), buff.getInt());
            case UUID_VALUE -> new UUID(buff.getLong(), buff.getLong());
            case LEGACY_UUID -> new LegacyUUID(buff.getLong(), buff.getLong());
            case BINARY -> {
                byte[] bytes = new byte[DataUtils.readVarInt(buff)];
                buff.get(bytes);
                yield new BinData(bytes);
            }
            case DECIMAL128 -> new Decimal128(buff.getLong(), buff.getLong());
            case TIMESTAMP -> new BsonTimestamp(buff.getLong());
            case REGEX -> new BsonRegularExpression(DataUtils.readString(buff), DataUtils.readString(buff));
            case JAVASCRIPT -> new BsonJavaScript(DataUtils.readString(buff));
            case MIN_KEY -> MinKey.getInstance();
            case MAX_KEY -> MaxKey.getInstance();
            default -> throw new IllegalStateException("Unknown value type " + type + ": the file is damaged");
        };
    }

    /**
     * Bytes of heap the value takes, roughly (object headers, references, strings as Latin-1), for the store's
     * page cache accounting.
     */
    static int estimatedHeapBytes(Object value) {
        if (value instanceof Map<?, ?> map) {
            int bytes = 120;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                bytes += 40 + estimatedHeapBytes(entry.getKey()) + estimatedHeapBytes(entry.getValue());
            }
            return bytes;
        }
        if (value instanceof List<?> list) {
            int bytes = 40 + 4 * list.size();
            for (Object element : list) {
                bytes += estimatedHeapBytes(element);
            }
            return bytes;
        }
        if (value instanceof String string) {
            return 48 + string.length();
        }
        return value == null || value instanceof Boolean ? 0 : 32;
    }

    private static void write(WriteBuffer buff, Object value, int depth) {
        if (depth > MAX_DEPTH) {
            throw new Unsupported(null);
        }
        if (value == null) {
            buff.put(NULL);
        } else if (value instanceof String string) {
            buff.put(STRING);
            writeString(buff, string);
        } else if (value instanceof Document document) {
            buff.put(DOCUMENT).putVarInt(document.size());
            for (Map.Entry<String, Object> entry : document.entrySet()) {
                writeString(buff, entry.getKey());
                write(buff, entry.getValue(), depth + 1);
            }
        } else if (value instanceof Boolean bool) {
            buff.put(bool ? TRUE : FALSE);
        } else if (value instanceof Integer number) {
            buff.put(INT32).putVarInt(number);
        } else if (value instanceof Long number) {
            buff.put(INT64).putLong(number);
        } else if (value instanceof Double number) {
            buff.put(DOUBLE).putDouble(number);
        } else if (value instanceof Instant instant) {
            if (instant.getNano() % 1_000_000 == 0) {
                buff.put(INSTANT_MILLIS).putLong(instant.toEpochMilli());
            } else {
                buff.put(INSTANT).putLong(instant.getEpochSecond()).putInt(instant.getNano());
            }
        } else if (value instanceof List<?> list) {
            buff.put(LIST).putVarInt(list.size());
            for (Object element : list) {
                write(buff, element, depth + 1);
            }
        } else {
            writeRare(buff, value);
        }
    }

    private static void writeRare(WriteBuffer buff, Object value) {
        if (value instanceof ObjectId id) {
            buff.put(OBJECT_ID).put(id.toByteArray());
        } else if (value instanceof UUID uuid) {
            buff.put(UUID_VALUE).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
        } else if (value instanceof LegacyUUID legacy) {
            UUID uuid = legacy.getUuid();
            buff.put(LEGACY_UUID).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
        } else if (value instanceof BinData binary) {
            buff.put(BINARY).putVarInt(binary.getData().length).put(binary.getData());
        } else if (value instanceof Decimal128 decimal) {
            buff.put(DECIMAL128).putLong(decimal.getLow()).putLong(decimal.getHigh());
        } else if (value instanceof BsonTimestamp timestamp) {
            buff.put(TIMESTAMP).putLong(timestamp.getValue());
        } else if (value instanceof BsonRegularExpression regex) {
            buff.put(REGEX);
            writeString(buff, regex.getPattern());
            writeString(buff, regex.getOptions());
        } else if (value instanceof BsonJavaScript script) {
            buff.put(JAVASCRIPT);
            writeString(buff, script.getCode());
        } else if (value instanceof MinKey) {
            buff.put(MIN_KEY);
        } else if (value instanceof MaxKey) {
            buff.put(MAX_KEY);
        } else {
            throw new Unsupported(value);
        }
    }

    private static void writeString(WriteBuffer buff, String string) {
        buff.putVarInt(string.length()).putStringData(string, string.length());
    }

    private static Document readDocument(ByteBuffer buff) {
        int size = DataUtils.readVarInt(buff);
        Document document = new Document();
        for (int i = 0; i < size; i++) {
            String key = DataUtils.readString(buff);
            document.put(key, read(buff));
        }
        return document;
    }
}
