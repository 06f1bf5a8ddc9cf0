package org.plaza.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Every text of the dashboard and the report exists in English and Spanish, and is translated. */
class MessageBundlesTest {

    /** Values that are rightly the same in both languages. */
    private static final Set<String> SAME_IN_BOTH = Set.of("insights.seconds", "insights.position.NEUTRAL",
            "insights.channel.WEB", "insights.report.csv.id");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Properties english = load("messages.properties");
        Properties spanish = load("messages_es.properties");

        assertThat(new TreeSet<>(spanish.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
    }

    @Test
    void spanishTextsAreTranslated() throws IOException {
        Properties english = load("messages.properties");
        Properties spanish = load("messages_es.properties");

        Set<String> untranslated = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            if (english.getProperty(key).equals(spanish.getProperty(key)) && !SAME_IN_BOTH.contains(key)) {
                untranslated.add(key);
            }
        }
        assertThat(untranslated).isEmpty();
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(MessageBundlesTest.class.getResourceAsStream("/" + name),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
