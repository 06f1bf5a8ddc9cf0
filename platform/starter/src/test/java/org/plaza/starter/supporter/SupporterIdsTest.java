package org.plaza.starter.supporter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.plaza.starter.phone.PhoneNumbers;
import org.plaza.starter.phone.PhoneSettings;

/** The pseudonym: stable, short, url-safe, and meaningless without the key. */
class SupporterIdsTest {

    /** HMAC-SHA256 of the canonical email under the development key, base32, cross-checked with Python's hmac. */
    private static final String KNOWN_ID = "sup_ctg7ymj4rlxap55phhuisfbuyf";
    /** The same over {@code tel:+17605551234}, cross-checked with Python's hmac. */
    private static final String KNOWN_PHONE_ID = "sup_yscfpzcrevovgvurmgw442gkq3";

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
    void isTheSameForEverySpellingOfOneMobileNumber() {
        PhoneNumbers phones = new PhoneNumbers(new PhoneSettings(null, null));

        assertThat(ids.supporterId(phones.canonical("(760) 555-1234")))
                .isEqualTo(ids.supporterId(phones.canonical("+1 760-555-1234")))
                .isEqualTo(ids.supporterId(phones.canonical("760.555.1234")))
                .matches("sup_[a-z2-7]{26}");
    }

    @Test
    void aNumberNeverSharesAnIdWithAnAddress() {
        PhoneNumbers phones = new PhoneNumbers(new PhoneSettings(null, null));

        assertThat(ids.supporterId(phones.canonical("+17605551234")))
                .isNotEqualTo(ids.supporterId(phones.canonical("+17605551235")))
                .isNotEqualTo(ids.supporterId("17605551234@example.org"))
                .isNotEqualTo(ids.supporterId("tel17605551234@example.org"));
    }

    @Test
    void aNumbersIdStaysTheSameAcrossReleases() {
        assertThat(new SupporterIds(key(SupporterAutoConfiguration.DEVELOPMENT_KEY))
                .supporterId(new PhoneNumbers(new PhoneSettings(null, null)).canonical("(760) 555-1234")))
                .isEqualTo(KNOWN_PHONE_ID);
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
