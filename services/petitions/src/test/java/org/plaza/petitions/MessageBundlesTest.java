package org.plaza.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.plaza.testsupport.i18n.ServiceMessageBundleTests;

/** The service's bundles: same keys in English and Spanish, Spanish that is Spanish, and valid patterns. */
class MessageBundlesTest extends ServiceMessageBundleTests {

    MessageBundlesTest() {
        super(Set.of());
    }

    @Test
    void spanishIsReadAsUtf8() {
        assertThat(bundles().spanish("signature.form.heading")).isEqualTo("Firma esta petición");
    }

    /** Plaza speaks the English of the Coachella Valley: "neighbors", as the other services write it. */
    @Test
    void englishIsSpelledTheAmericanWay() throws IOException {
        Properties english = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Pattern british = Pattern.compile("(?i)\\b(neighbour|colour|favour|behaviour|centre|organis|recognis)");
        assertThat(english.stringPropertyNames()).filteredOn(key -> british.matcher(english.getProperty(key)).find())
                .isEmpty();
    }
}
