package org.plaza.devstack.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plaza.devstack.mongo.CompactObjectTypeTest.bytes;
import static org.plaza.devstack.mongo.CompactObjectTypeTest.read;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/** Index keys are stored compactly and ordered by value, with the same notion of "the same key" as before. */
class KeyValueTypeTest {

    private final KeyValueType type = new KeyValueType();
    private final Random random = new Random(20261207);

    @Test
    void keysComeBackEqualAndEqualToTheKeysTheyWereWrittenFrom() {
        for (int i = 0; i < 300; i++) {
            KeyValue key = randomKey();
            byte[] bytes = bytes(type, key);
            KeyValue back = (KeyValue) read(type, bytes);

            assertThat(back).isEqualTo(key);
            assertThat(type.compare(back, key)).isZero();
        }
    }

    @Test
    void theOrderIsTotalAndAKeyEqualsOnlyAKeyOfTheSameValuesAndClasses() {
        List<KeyValue> keys = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            keys.add(randomKey());
        }
        for (KeyValue a : keys) {
            for (KeyValue b : keys) {
                int ab = Integer.signum(type.compare(a, b));
                assertThat(ab).as("%s vs %s", a, b).isEqualTo(-Integer.signum(type.compare(b, a)));
                assertThat(ab == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b) && sameClasses(a, b));
                for (KeyValue c : keys.subList(0, 20)) {
                    if (ab <= 0 && type.compare(b, c) <= 0) {
                        assertThat(type.compare(a, c)).as("%s <= %s <= %s", a, b, c).isLessThanOrEqualTo(0);
                    }
                }
            }
        }
        assertThat(type.compare(new KeyValue(1), new KeyValue(1L))).isNotZero();
        assertThat(type.compare(new KeyValue(1L), new KeyValue(1.0))).isNotZero();
    }

    @Test
    void aKeyTheCompactFormDoesNotCarryIsJavaSerialized() {
        KeyValue key = new KeyValue(0.5f, "x");

        byte[] bytes = bytes(type, key);

        assertThat(bytes[0]).isNotEqualTo(KeyValueType.KEY_TAG);
        assertThat(read(type, bytes)).isEqualTo(key);
    }

    @Test
    void anIdKeyTakesAFewBytes() {
        assertThat(bytes(type, new KeyValue("3f2b8c1e-5d4a-4b7e-9c1f-2a6d8e0b4c7a"))).hasSizeLessThan(60);
        assertThat(bytes(type, new KeyValue(new ObjectId()))).hasSizeLessThan(30);
    }

    private static boolean sameClasses(KeyValue a, KeyValue b) {
        for (int i = 0; i < a.size(); i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            if (x != null && y != null && x.getClass() != y.getClass()) {
                return false;
            }
        }
        return true;
    }

    private KeyValue randomKey() {
        return switch (random.nextInt(6)) {
            case 0 -> new KeyValue("sig-" + random.nextInt(50));
            case 1 -> new KeyValue("pet-" + random.nextInt(3), "r" + random.nextInt(10) + "@example.org");
            case 2 -> new KeyValue(random.nextInt(3), random.nextBoolean() ? null : (double) random.nextInt(3));
            case 3 -> new KeyValue((long) random.nextInt(3), Instant.ofEpochMilli(random.nextInt(3)));
            case 4 -> new KeyValue(new Document("shard", random.nextInt(3)).append("petition", "p" + random.nextInt(2)));
            default -> new KeyValue(List.of("a", random.nextInt(3)), random.nextBoolean());
        };
    }
}
