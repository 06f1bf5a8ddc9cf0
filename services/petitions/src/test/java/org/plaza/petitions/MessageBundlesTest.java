package org.plaza.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.plaza.testsupport.i18n.MessageBundles;

/** The service's bundles: same keys in English and Spanish, Spanish that is Spanish, and valid patterns. */
class MessageBundlesTest {

    @Test
    void everyKeyExistsInSpanishAndEnglish() {
        MessageBundles.of("messages").assertSameKeys();
    }

    @Test
    void spanishTextsAreTranslatedNotCopied() {
        MessageBundles.of("messages").assertSpanishTranslated(Set.of());
    }

    @Test
    void everyMessageIsANonBlankPatternThatFormatsItsArguments() throws IOException {
        for (String resource : new String[] { "messages.properties", "messages_es.properties" }) {
            Properties bundle = load(resource);
            for (String key : bundle.stringPropertyNames()) {
                String message = bundle.getProperty(key);
                assertThat(message).as(resource + " " + key).isNotBlank();
                assertThat(new MessageFormat(message, Locale.ROOT).format(new Object[] { 1, 2, 3, 4 }))
                        .as(resource + " " + key).doesNotContain("{");
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
