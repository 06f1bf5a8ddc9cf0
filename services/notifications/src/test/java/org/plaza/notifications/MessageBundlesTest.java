package org.plaza.notifications;

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

/** The service's bundles: the same keys in English and Spanish, valid patterns, and real translations. */
class MessageBundlesTest {

    /** Keys whose Spanish text may equal the English one. */
    private static final Set<String> SAME_IN_BOTH = Set.of();

    @Test
    void everyKeyExistsInEnglishAndSpanish() throws IOException {
        assertThat(load("messages_es.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void everyMessageIsAValidPatternAndTranslated() throws IOException {
        Properties english = load("messages.properties");
        Properties spanish = load("messages_es.properties");
        for (String key : english.stringPropertyNames()) {
            for (Properties bundle : new Properties[] { english, spanish }) {
                String message = bundle.getProperty(key);
                assertThat(message).as(key).isNotBlank();
                assertThat(new MessageFormat(message, Locale.ROOT).format(new Object[] { "x", "y", "z", "w" }))
                        .as(key).doesNotContain("{");
            }
            if (!SAME_IN_BOTH.contains(key)) {
                assertThat(spanish.getProperty(key)).as(key).isNotEqualTo(english.getProperty(key));
            }
        }
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
