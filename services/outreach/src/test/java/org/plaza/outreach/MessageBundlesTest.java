package org.plaza.outreach;

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

/** Every text residents and organizers read exists in English and Spanish, really is translated, and formats. */
class MessageBundlesTest {

    /** Keys whose value is rightly the same in both languages (proper names, codes). */
    private static final Set<String> SAME_IN_BOTH = Set.of("shift.error.activity.invalid");

    private final MessageBundles bundles = MessageBundles.of("messages");

    @Test
    void everyKeyExistsInEnglishAndSpanish() {
        bundles.assertSameKeys();
    }

    @Test
    void spanishTextsAreTranslatedNotCopied() {
        bundles.assertSpanishTranslated(SAME_IN_BOTH);
    }

    @Test
    void everyMessageIsNonBlankAndAValidMessageFormat() throws IOException {
        for (String bundle : new String[] { "messages.properties", "messages_es.properties" }) {
            Properties messages = load(bundle);
            assertThat(messages).as(bundle).isNotEmpty();
            for (String key : messages.stringPropertyNames()) {
                String message = messages.getProperty(key);
                assertThat(message).as(bundle + " " + key).isNotBlank();
                assertThat(new MessageFormat(message, Locale.ROOT).format(new Object[] { 2, 3, "x", "y" }))
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
