package org.plaza.comments.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void laterIdsSortAfterEarlierOnes() {
        String earlier = Ids.next("cmt", Instant.parse("2026-05-01T10:00:00Z"));
        String later = Ids.next("cmt", Instant.parse("2026-05-01T10:00:00.001Z"));
        assertThat(earlier).startsWith("cmt_").hasSize(4 + 26).matches("[a-z0-9_]+");
        assertThat(earlier).isLessThan(later);
    }

    @Test
    void idsOfTheSameMillisecondDiffer() {
        Instant now = Instant.now();
        assertThat(Ids.next("cmt", now)).isNotEqualTo(Ids.next("cmt", now));
    }
}
