package org.plaza.starter.supporter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The pseudonym: stable, short, url-safe, and meaningless without the key. */
class SupporterIdsTest {

    /** HMAC-SHA256 of the canonical email under the development key, base32, cross-checked with Python's hmac. */
    private static final String KNOWN_ID = "sup_ctg7ymj4rlxap55phhuisfbuyf";

    private final SupporterIds ids = new SupporterIds(key("a-test-key-that-is-long-enough-for-hmac"));

    @Test
    void isAShortUrlSafeStringWithAPrefix() {
        assertThat(ids.supporterId("analopez@gmail.com")).matches("sup_[a-z2-7]{26}");
    }

    @Test
    void isTheSameForEverySpellingOfOneMailbox() {
        assertThat(ids.supporterId("Ana.Lopez+peticion@GMAIL.com")).isEqualTo(ids.supporterId("analopez@gmail.com"))
                .isEqualTo(ids.supporterId(" a.n.a.l.o.p.e.z@googlemail.com "));
        assertThat(ids.supporterId("ana@señal.mx")).isEqualTo(ids.supporterId("ana@xn--seal-hqa.mx"));
    }

    @Test
    void differsBetweenMailboxes() {
        assertThat(ids.supporterId("ana@ejemplo.org")).isNotEqualTo(ids.supporterId("ana@ejemplo.com"));
    }

    @Test
    void dependsOnTheKey() {
        SupporterIds other = new SupporterIds(key("another-test-key-that-is-long-enough-too"));

        assertThat(other.supporterId("analopez@gmail.com")).isNotEqualTo(ids.supporterId("analopez@gmail.com"));
    }

    @Test
    void staysTheSameAcrossReleases() {
        assertThat(new SupporterIds(key(SupporterAutoConfiguration.DEVELOPMENT_KEY)).supporterId("analopez@gmail.com"))
                .isEqualTo(KNOWN_ID);
    }

    @Test
    void refusesKeysShorterThan32Bytes() {
        assertThatThrownBy(() -> new SupporterIds(key("too-short"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsInvalidAddresses() {
        assertThatThrownBy(() -> ids.supporterId("not an email")).isInstanceOf(InvalidEmailException.class);
    }

    private static byte[] key(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
