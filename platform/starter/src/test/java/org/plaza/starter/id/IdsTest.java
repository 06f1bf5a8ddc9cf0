package org.plaza.starter.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

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

    @Test
    void randomIdsAreAPrefixAnd26Base32CharactersThatUseTheWholeAlphabetAndDoNotRepeat() {
        Set<String> ids = new HashSet<>();
        Set<Character> used = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String id = Ids.random("sig");
            assertThat(id).matches("sig_[0-9a-hjkmnp-tv-z]{26}");
            ids.add(id);
            id.substring(4).chars().forEach(c -> used.add((char) c));
        }

        assertThat(ids).hasSize(2_000);
        assertThat(used).hasSize(32);
    }

    @Test
    void codesFromAnAlphabetUseOnlyAndAllOfItsCharacters() {
        Set<Character> used = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            String code = Ids.randomFrom("ACDE3479", 6);
            assertThat(code).matches("[ACDE3479]{6}");
            code.chars().forEach(c -> used.add((char) c));
        }

        assertThat(used).hasSize(8);
    }
}
