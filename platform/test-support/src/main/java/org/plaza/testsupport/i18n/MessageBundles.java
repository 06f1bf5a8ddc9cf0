package org.plaza.testsupport.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * A service's English ({@code messages.properties}) and Spanish ({@code messages_es.properties})
 * bundles, read as UTF-8 from the test classpath, with the checks every service makes of them.
 *
 * <pre>{@code
 * MessageBundles.of("messages").assertSameKeys();
 * MessageBundles.of("messages").assertSpanishTranslated(Set.of("petitions.community.MECCA"));
 * MessageBundles.of("messages").assertValidPatterns();
 * }</pre>
 * A service's test usually extends {@link ServiceMessageBundleTests}, which makes all three checks.
 */
public final class MessageBundles {

    private final Properties english;
    private final Properties spanish;

    private MessageBundles(Properties english, Properties spanish) {
        this.english = english;
        this.spanish = spanish;
    }

    public static MessageBundles of(String basename) {
        return new MessageBundles(load("/" + basename + ".properties"), load("/" + basename + "_es.properties"));
    }

    /** Every key exists in both languages. */
    public void assertSameKeys() {
        assertThat(new TreeSet<>(spanish.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
    }

    /** No Spanish text is a copy of the English one, except the keys that are rightly the same (place names, codes). */
    public void assertSpanishTranslated(Set<String> sameInBoth) {
        Set<String> copied = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            if (english.getProperty(key).equals(spanish.getProperty(key)) && !sameInBoth.contains(key)) {
                copied.add(key);
            }
        }
        assertThat(copied).as("Spanish texts identical to the English ones").isEmpty();
    }

    /**
     * Every message in both languages is non-blank and a valid {@link MessageFormat} pattern that uses its
     * arguments: formatted with numbers (which every argument type accepts), no brace is left over.
     */
    public void assertValidPatterns() {
        assertThat(english).as("English bundle").isNotEmpty();
        Object[] arguments = { 1, 2, 3, 4, 5, 6 };
        for (Properties bundle : new Properties[] { english, spanish }) {
            String language = bundle == english ? "en" : "es";
            for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
                String message = bundle.getProperty(key);
                assertThat(message).as("%s %s", language, key).isNotBlank();
                String formatted;
                try {
                    formatted = new MessageFormat(message, Locale.ROOT).format(arguments);
                } catch (IllegalArgumentException e) {
                    throw new AssertionError(language + " " + key + " is not a valid pattern: " + e.getMessage(), e);
                }
                assertThat(formatted).as("%s %s", language, key).doesNotContain("{");
            }
        }
    }

    /** The Spanish text of {@code key}, as read (UTF-8). */
    public String spanish(String key) {
        return spanish.getProperty(key);
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundles.class.getResourceAsStream(resource)) {
            assertThat(in).as("bundle %s on the classpath", resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
