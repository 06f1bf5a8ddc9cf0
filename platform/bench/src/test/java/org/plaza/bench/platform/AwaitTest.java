package org.plaza.bench.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/** Waiting for projections to settle survives a busy service and reports what it last saw. */
class AwaitTest {

    private static final Duration TICK = Duration.ofMillis(5);

    @Test
    void aReadingThatFailsWhileTheServiceIsBusyIsAskedAgain() {
        Supplier<Integer> reading = readings("503", 7, "503", 7);

        assertThat(Await.settled(Duration.ofSeconds(5), TICK, reading, n -> n == 7)).isEqualTo(7);
    }

    @Test
    void returnsTheLastValueWhenTheReadingsNeverSettle() {
        Supplier<Integer> reading = readings(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);

        assertThat(Await.settled(Duration.ofMillis(20), TICK, reading, n -> false)).isBetween(1, 12);
    }

    @Test
    void throwsTheFailureWhenNoReadingEverSucceeded() {
        Supplier<Integer> reading = () -> {
            throw new IllegalStateException("GET counts answered 503");
        };

        assertThatThrownBy(() -> Await.settled(Duration.ofMillis(20), TICK, reading, n -> true))
                .hasMessageContaining("503");
    }

    /** Gives the values in turn ("503" throws), then repeats the last one. */
    private static Supplier<Integer> readings(Object... values) {
        Iterator<Object> next = List.of(values).iterator();
        Object[] last = new Object[1];
        return () -> {
            Object value = next.hasNext() ? next.next() : last[0];
            last[0] = value;
            if ("503".equals(value)) {
                throw new IllegalStateException("answered 503");
            }
            return (Integer) value;
        };
    }
}
