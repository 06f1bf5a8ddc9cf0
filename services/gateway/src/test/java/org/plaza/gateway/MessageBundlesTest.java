package org.plaza.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    /** Keys whose Spanish and English texts may be the same word. */
    private static final List<String> SAME_IN_BOTH = List.of();

    @Test
    void everyKeyExistsInSpanishAndEnglish() throws IOException {
        Properties english = load("/messages.properties");
        Properties spanish = load("/messages_es.properties");

        assertThat(spanish.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void spanishTextsAreTranslatedNotCopied() throws IOException {
        Properties english = load("/messages.properties");
        Properties spanish = load("/messages_es.properties");

        assertThat(english.stringPropertyNames())
                .filteredOn(key -> !SAME_IN_BOTH.contains(key))
                .allSatisfy(key -> assertThat(spanish.getProperty(key)).as(key).isNotEqualTo(english.getProperty(key)));
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
