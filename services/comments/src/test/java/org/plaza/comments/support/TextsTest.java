package org.plaza.comments.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void unifiesLineEndingsTrimsAndComposesAccents() {
        assertThat(Texts.tidy("  Agua\r\nlimpia\rya  ")).isEqualTo("Agua\nlimpia\nya");
        assertThat(Texts.tidy("Mecca e\u0301")).isEqualTo("Mecca é");
    }

    @Test
    void refusesControlCharactersButAllowsLineBreaksInMultiLineText() {
        assertThat(Texts.hasControlCharacters("Línea uno\nLínea dos\tcon tab", true)).isFalse();
        assertThat(Texts.hasControlCharacters("Nombre\nApellido", false)).isTrue();
        assertThat(Texts.hasControlCharacters("bell\u0007", true)).isTrue();
        assertThat(Texts.hasControlCharacters("null\u0000byte", true)).isTrue();
        assertThat(Texts.hasControlCharacters("right\u202Eto left override", true)).isTrue();
        assertThat(Texts.hasControlCharacters("¿Por qué? ¡Sí! 💧", true)).isFalse();
    }

    @Test
    void countsCharactersAsPeopleDo() {
        assertThat(Texts.length("💧💧")).isEqualTo(2);
        assertThat(Texts.length("año")).isEqualTo(3);
    }
}
