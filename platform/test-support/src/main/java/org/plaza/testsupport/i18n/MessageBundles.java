package org.plaza.testsupport.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * }</pre>
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
