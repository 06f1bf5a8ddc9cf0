package org.plaza.starter.supporter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** One mailbox, one canonical form, however a resident types it. */
class CanonicalEmailTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ana.Lopez+peticion@GMAIL.com      | analopez@gmail.com",
            "  analopez@gmail.com              | analopez@gmail.com",
            "a.n.a.lopez@googlemail.com        | analopez@gmail.com",
            "ANA.LOPEZ+agua+2024@GoogleMail.COM | analopez@gmail.com",
            "Ana.Lopez+peticion@ejemplo.org    | ana.lopez@ejemplo.org",
            "ana@SEÑAL.mx                       | ana@xn--seal-hqa.mx",
            "ana@señal.mx                       | ana@xn--seal-hqa.mx",
            "ana@xn--seal-hqa.mx                | ana@xn--seal-hqa.mx",
            "José@Ejemplo.ORG.                  | josé@ejemplo.org" })
    void reducesAnAddressToItsCanonicalForm(String typed, String canonical) {
        assertThat(CanonicalEmail.of(typed).value()).isEqualTo(canonical);
    }

    @Test
    void treatsComposedAndDecomposedAccentsAlike() {
        assertThat(CanonicalEmail.of("ana@sen\u0303al.mx")).isEqualTo(CanonicalEmail.of("ana@se\u00f1al.mx"));
        assertThat(CanonicalEmail.of("jose\u0301@ejemplo.org")).isEqualTo(CanonicalEmail.of("jos\u00e9@ejemplo.org"));
    }

    @Test
    void recognisesTheSameGmailMailboxHoweverItIsSpelled() {
        assertThat(CanonicalEmail.of("Ana.Lopez+peticion@GMAIL.com")).isEqualTo(CanonicalEmail.of("analopez@gmail.com"));
    }

    @Test
    void keepsDotsOutsideGmail() {
        assertThat(CanonicalEmail.of("ana.lopez@ejemplo.org")).isNotEqualTo(CanonicalEmail.of("analopez@ejemplo.org"));
    }

    @Test
    void masksTheAddressInToString() {
        assertThat(CanonicalEmail.of("analopez@gmail.com")).hasToString("CanonicalEmail[a***@gmail.com]");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", "   ", "ana", "ana@", "@gmail.com", "ana@localhost", "ana@@gmail.com",
            "ana lopez@gmail.com", "ana..lopez@ejemplo.org", ".ana@ejemplo.org", "ana.@ejemplo.org",
            "+peticion@ejemplo.org", "...+x@gmail.com", "ana@-ejemplo.org", "ana@ejemplo..org", "ana@ejemplo.123",
            "ana@ejem_plo.org", "\"ana\"@ejemplo.org", "ana@[10.0.0.1]" })
    void rejectsWhatCannotBeAnEmailAddress(String typed) {
        assertThatThrownBy(() -> CanonicalEmail.of(typed))
                .isInstanceOf(InvalidEmailException.class)
                .satisfies(e -> assertThat(((InvalidEmailException) e).getFieldErrors())
                        .singleElement().satisfies(field -> assertThat(field.name()).isEqualTo("email")));
    }

    @Test
    void neverPutsTheAddressInTheExceptionMessage() {
        assertThatThrownBy(() -> CanonicalEmail.of("ana lopez@gmail.com")).message().doesNotContain("ana");
    }
}
