package org.plaza.campaigns;

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

/** Every text of the service exists in English and Spanish, and the Spanish is really Spanish. */
class MessageBundlesTest {

    /** Keys whose Spanish is rightly the same as the English (a clock pattern, a list label). */
    private static final Set<String> SAME_IN_BOTH = Set.of("campaigns.format.time");

    @Test
    void everyKeyExistsInEnglishAndSpanish() throws IOException {
        Properties english = load("messages.properties");
        Properties spanish = load("messages_es.properties");

        assertThat(english).isNotEmpty();
        assertThat(spanish.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void spanishTextsDifferFromTheEnglishOnes() throws IOException {
        Properties english = load("messages.properties");
        Properties spanish = load("messages_es.properties");

        for (String key : english.stringPropertyNames()) {
            if (!SAME_IN_BOTH.contains(key)) {
                assertThat(spanish.getProperty(key)).as(key).isNotEqualTo(english.getProperty(key));
            }
        }
    }

    @Test
    void everyMessageIsAValidPattern() throws IOException {
        for (String bundle : new String[] { "messages.properties", "messages_es.properties" }) {
            Properties messages = load(bundle);
            for (String key : messages.stringPropertyNames()) {
                String message = messages.getProperty(key);
                assertThat(message).as(bundle + " " + key).isNotBlank();
                assertThat(new MessageFormat(message, Locale.ROOT).format(new Object[] { 2, 3, 4, 5 }))
                        .as(bundle + " " + key).doesNotContain("{");
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
