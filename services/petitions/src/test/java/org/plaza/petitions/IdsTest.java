package org.plaza.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Ids are a prefix and 26 URL-safe base32 characters, using the whole alphabet, never repeating. */
class IdsTest {

    @Test
    void idsAreAPrefixAnd26Base32CharactersThatDoNotRepeat() {
        Set<String> ids = new HashSet<>();
        Set<Character> used = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String id = Ids.newId("sig");
            assertThat(id).matches("sig_[a-z2-7]{26}");
            ids.add(id);
            id.substring(4).chars().forEach(c -> used.add((char) c));
        }
        assertThat(ids).hasSize(2_000);
        assertThat(used).hasSize(32);
    }
}
