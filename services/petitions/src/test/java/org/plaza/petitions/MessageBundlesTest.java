package org.plaza.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The service's bundles: same keys in English and Spanish, valid patterns, and Spanish that is Spanish. */
class MessageBundlesTest {

    @Test
    void everyKeyExistsInEnglishAndSpanish() throws IOException {
        assertThat(load("messages_es.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void everyMessageIsAValidPatternAndSpanishDiffersFromEnglish() throws IOException {
        Properties english = load("messages.properties");
        Properties spanish = load("messages_es.properties");
        for (String key : english.stringPropertyNames()) {
            for (Properties bundle : new Properties[] { english, spanish }) {
                String message = bundle.getProperty(key);
                assertThat(message).as(key).isNotBlank();
                assertThat(new MessageFormat(message, Locale.ROOT).format(new Object[] { 1, 2, 3, 4 }))
                        .as(key).doesNotContain("{");
            }
            if (english.getProperty(key).matches(".*[a-z]{4,}.*")) {
                assertThat(spanish.getProperty(key)).as("Spanish text of " + key).isNotEqualTo(english.getProperty(key));
            }
        }
    }

    @Test
    void spanishIsReadAsUtf8() throws IOException {
        assertThat(load("messages_es.properties").getProperty("signature.form.heading")).isEqualTo("Firma esta petición");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
