package org.plaza.notifications.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeywordTest {

    @ParameterizedTest
    @ValueSource(strings = {"STOP", "stop", "Alto", "ALTO", "alto.", "¡BAJA!", "baja", "Cancelar", "CANCEL", "STOPALL",
            "unsubscribe", "END", "quit", "  Alto  ", "ALTO\n", "Álto"})
    void stopWordsInBothLanguagesStopTexts(String text) {
        assertThat(Keyword.of(text)).isEqualTo(Keyword.STOP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"HELP", "help", "Ayuda", "AYUDA?", "¿ayuda?", "info"})
    void helpWordsAskWhoIsWriting(String text) {
        assertThat(Keyword.of(text)).isEqualTo(Keyword.HELP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"START", "start", "Alta", "ALTA!", "unstop"})
    void startWordsResumeTexts(String text) {
        assertThat(Keyword.of(text)).isEqualTo(Keyword.START);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Gracias", "ok", "¿A qué hora es?", "please stop texting me", "no quiero, alto", "STOP IT",
            "", "   ", "🙏", "altos", "BAJAR"})
    void anythingElseIsNotAKeyword(String text) {
        assertThat(Keyword.of(text)).isEqualTo(Keyword.OTHER);
    }

    @Test
    void noTextIsNotAKeyword() {
        assertThat(Keyword.of(null)).isEqualTo(Keyword.OTHER);
    }
}
