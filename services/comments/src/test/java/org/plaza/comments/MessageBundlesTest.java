package org.plaza.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class MessageBundlesTest {

    /** Keys whose Spanish and English texts are rightly the same (names of places and languages, codes, numbers). */
    private static final Set<String> SAME_IN_BOTH = Set.of("comments.community.COACHELLA", "comments.community.MECCA",
            "comments.community.OASIS", "comments.community.THERMAL", "comments.community.NORTH_SHORE",
            "comments.community.INDIO", "comments.position.NEUTRAL", "comments.language.pua", "comments.packet.agenda",
            "comments.packet.unique");

    @Test
    void everyKeyExistsInSpanishAndEnglish() throws IOException {
        Properties english = load("messages.properties");
        Properties spanish = load("messages_es.properties");
        assertThat(new TreeSet<>(spanish.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
    }

    @Test
    void spanishTextsAreTranslatedNotCopied() throws IOException {
        Properties english = load("messages.properties");
        Properties spanish = load("messages_es.properties");
        Set<String> identical = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            if (english.getProperty(key).equals(spanish.getProperty(key)) && !SAME_IN_BOTH.contains(key)) {
                identical.add(key);
            }
        }
        assertThat(identical).isEmpty();
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
