package org.plaza.devstack.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.DataType;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/** Documents and ids are stored compactly, come back equal, and values written by H2's own type still read. */
class CompactObjectTypeTest {

    private final CompactObjectType type = new CompactObjectType();

    @Test
    void aSignatureComesBackEqualInLessThanHalfTheBytesOfJavaSerialization() {
        Document signature = signature();

        byte[] compact = bytes(type, signature);
        byte[] serialized = bytes(new ObjectDataType(), signature);

        assertThat(compact[0]).isEqualTo(CompactObjectType.COMPACT_TAG);
        assertThat(read(type, compact)).isEqualTo(signature);
        assertThat(compact.length).as("compact %s bytes, Java serialization %s", compact.length, serialized.length)
                .isLessThan(serialized.length / 2);
    }

    @Test
    void valuesWrittenByH2sOwnTypeAreStillRead() {
        Document signature = signature();
        ObjectId id = new ObjectId();

        assertThat(read(type, bytes(new ObjectDataType(), signature))).isEqualTo(signature);
        assertThat(read(type, bytes(new ObjectDataType(), id))).isEqualTo(id);
        assertThat(read(type, bytes(new ObjectDataType(), "sig-1"))).isEqualTo("sig-1");
        assertThat(read(type, bytes(new ObjectDataType(), 42L))).isEqualTo(42L);
    }

    @Test
    void aDocumentHoldingWhatTheCompactFormDoesNotCarryIsJavaSerializedAndComesBackTheSame() {
        List<Document> documents = List.of(new Document("ratio", 0.5f), new Document("when", new Date(5)),
                new Document("tags", new TreeSet<>(Set.of("a", "b"))),
                new Document("nested", new Document("map", new java.util.HashMap<>(java.util.Map.of("k", 1)))));

        for (Document document : documents) {
            byte[] bytes = bytes(type, document);
            Document back = (Document) read(type, bytes);

            assertThat(bytes[0]).as("%s", document).isNotEqualTo(CompactObjectType.COMPACT_TAG);
            assertThat(back).isEqualTo(document);
            assertThat(back.values().iterator().next()).hasSameClassAs(document.values().iterator().next());
        }
    }

    @Test
    void instantsFinerThanAMillisecondAndAnyStringComeBackExactly() {
        Document document = new Document("at", Instant.parse("2026-12-07T17:00:00.123456789Z"))
                .append("odd\0name", "a\0b").append("surrogate", "\ud800 alone").append("accents", "Número €");

        byte[] bytes = bytes(type, document);

        assertThat(bytes[0]).isEqualTo(CompactObjectType.COMPACT_TAG);
        assertThat(read(type, bytes)).isEqualTo(document);
    }

    @Test
    void objectIdsAreStoredCompactlyAndKeepH2sOrder() {
        List<ObjectId> ids = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            ids.add(new ObjectId());
        }
        ObjectDataType h2 = new ObjectDataType();

        for (ObjectId a : ids) {
            assertThat(read(type, bytes(type, a))).isEqualTo(a);
            assertThat(bytes(type, a)).hasSizeLessThan(20);
            for (ObjectId b : ids) {
                assertThat(Integer.signum(type.compare(a, b))).isEqualTo(Integer.signum(h2.compare(a, b)));
            }
        }
        assertThat(type.getMemory(ids.get(0))).as("not H2's 10 KB guess").isLessThan(100);
    }

    @Test
    void theCacheCountsADocumentAtAboutItsSizeOnTheHeap() {
        assertThat(type.getMemory(signature())).isBetween(800, 4_000);
    }

    static Document signature() {
        Instant at = Instant.parse("2026-12-07T17:00:00.123Z");
        return new Document("_id", UUID.randomUUID().toString()).append("petitionId", "pet-3")
                .append("email", "resident@example.org").append("name", "Resident Número Uno")
                .append("status", "PENDING").append("showName", true).append("attempts", 0)
                .append("version", 1L).append("score", 0.25).append("createdAt", at).append("nothing", null)
                .append("oid", new ObjectId()).append("uuid", UUID.randomUUID())
                .append("bin", new BinData(new byte[] { 1, 2, 3 })).append("amount", new Decimal128(7, 0))
                .append("pendingEvents", List.of(new Document("type", "SignatureRequested").append("occurredAt", at)
                        .append("payload", new Document("signatureId", "sig-1").append("locale", "es"))))
                .append("tags", List.of("a", 2, 3L));
    }

    static byte[] bytes(DataType<Object> type, Object value) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, value);
        ByteBuffer written = buffer.getBuffer();
        written.flip();
        byte[] bytes = new byte[written.remaining()];
        written.get(bytes);
        return bytes;
    }

    static Object read(DataType<Object> type, byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        Object value = type.read(buffer);
        assertThat(buffer.remaining()).as("every byte read").isZero();
        return value;
    }
}
