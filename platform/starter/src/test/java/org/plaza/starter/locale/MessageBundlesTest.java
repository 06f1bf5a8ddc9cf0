package org.plaza.starter.locale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The starter's shared bundles: every key in both languages, every message a valid pattern. */
class MessageBundlesTest {

    @Test
    void everyKeyExistsInEnglishAndSpanish() throws IOException {
        Properties english = load("plaza/messages.properties");
        Properties spanish = load("plaza/messages_es.properties");

        assertThat(english).isNotEmpty();
        assertThat(spanish.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void everyMessageIsNonBlankAndAValidMessageFormat() throws IOException {
        for (String bundle : new String[] { "plaza/messages.properties", "plaza/messages_es.properties" }) {
            Properties messages = load(bundle);
            for (String key : messages.stringPropertyNames()) {
                String message = messages.getProperty(key);
                assertThat(message).as(bundle + " " + key).isNotBlank();
                assertThat(new MessageFormat(message, Locale.ROOT).format(new Object[] { "x", "y", "z" }))
                        .as(bundle + " " + key).doesNotContain("{");
            }
        }
    }

    @Test
    void spanishBundleIsReadAsUtf8() throws IOException {
        assertThat(load("plaza/messages_es.properties").getProperty("plaza.problem.validation.title"))
                .isEqualTo("Algunos campos no son válidos");
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
