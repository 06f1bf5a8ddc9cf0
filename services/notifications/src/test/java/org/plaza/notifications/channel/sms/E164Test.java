package org.plaza.notifications.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class E164Test {

    @ParameterizedTest
    @ValueSource(strings = {"7605551234", "+1 760 555 1234", "+1(760)5551234", "+0123456789", "+1", "", "+12345678901234567"})
    void onlyE164IsAccepted(String number) {
        assertThat(E164.isE164(number)).isFalse();
    }

    @Test
    void thePrefixIsTheCountryCodeAndTheFirstDigitsOfTheNationalNumber() {
        assertThat(E164.isE164("+17605551234")).isTrue();
        assertThat(E164.prefix("+17605551234", 6)).isEqualTo("+1760555");
        assertThat(E164.prefix("+525512345678", 6)).as("a two-digit country code").isEqualTo("+52551234");
        assertThat(E164.prefix("+17605551234", 3)).isEqualTo("+1760");
    }
}
