package org.plaza.devstack.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;

/** Index keys keep H2's order (so existing files stay valid) while each key is serialized once. */
class RememberedKeyBytesTest {

    private final Random random = new Random(20261128);

    @Test
    void ordersKeysExactlyAsH2sOwnTypeDoes() {
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            keys.add(randomKey());
        }
        RememberedKeyBytes remembered = new RememberedKeyBytes();
        ObjectDataType h2 = new ObjectDataType();

        for (Object a : keys) {
            for (Object b : keys) {
                assertThat(Integer.signum(remembered.compare(a, b))).as("%s vs %s", a, b)
                        .isEqualTo(Integer.signum(h2.compare(a, b)));
            }
        }
    }

    @Test
    void serializesEachKeyOnceHoweverOftenItIsCompared() {
        RememberedKeyBytes remembered = new RememberedKeyBytes();
        List<Object> keys = List.of(new KeyValue("pet-1", "ana@example.org"), new KeyValue("pet-1", "luis@example.org"),
                new KeyValue("pet-2", "ana@example.org"));

        for (int round = 0; round < 50; round++) {
            for (Object a : keys) {
                for (Object b : keys) {
                    remembered.compare(a, b);
                }
            }
        }

        assertThat(remembered.serializations()).isEqualTo(3);
    }

    @Test
    void otherTypesAreComparedAsH2Does() {
        RememberedKeyBytes remembered = new RememberedKeyBytes();

        assertThat(remembered.compare("a", "b")).isNegative();
        assertThat(remembered.compare(2L, 1L)).isPositive();
        assertThat(remembered.serializations()).isZero();
    }

    private Object randomKey() {
        return switch (random.nextInt(4)) {
            case 0 -> new KeyValue("sig-" + random.nextInt(1000));
            case 1 -> new KeyValue("pet-" + random.nextInt(5), "r" + random.nextInt(100) + "@example.org");
            case 2 -> new KeyValue(random.nextInt(1000), random.nextBoolean() ? null : random.nextDouble());
            default -> new KeyValue(new Document("shard", random.nextInt(8)).append("petition", "p" + random.nextInt(3)));
        };
    }
}
