package org.plaza.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class HandOversTest {

    private final HandOvers handOvers = new HandOvers();

    @Test
    void aVerificationCodeHandedOverAfterABroadcastIsClaimedBeforeIt() {
        for (int i = 0; i < 3; i++) {
            handOvers.add(entry("broadcast-" + i), false);
        }
        handOvers.add(entry("code-1"), true);
        handOvers.add(entry("broadcast-3"), false);
        handOvers.add(entry("code-2"), true);

        List<String> order = new ArrayList<>();
        for (DispatchQueue.Entry next = handOvers.poll(); next != null; next = handOvers.poll()) {
            order.add(next.id());
        }

        assertThat(order).containsExactly("code-1", "code-2", "broadcast-0", "broadcast-1", "broadcast-2", "broadcast-3");
    }

    private static DispatchQueue.Entry entry(String id) {
        return new DispatchQueue.Entry(id, Instant.EPOCH, "0", Instant.EPOCH);
    }
}
