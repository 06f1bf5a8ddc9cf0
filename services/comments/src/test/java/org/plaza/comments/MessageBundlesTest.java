package org.plaza.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.plaza.testsupport.i18n.ServiceMessageBundleTests;

/** Every text of comments exists in English and Spanish, is translated, and is a valid pattern. */
class MessageBundlesTest extends ServiceMessageBundleTests {

    /**
     * The formal register ("usted"): the pronoun, the formal imperatives and the possessives the forms used
     * ("Escriba su nombre", "Le enviamos", "su comentario").
     */
    private static final Pattern USTED = Pattern.compile("\\b(usted|ustedes|escriba|escríbalo|elija|revise|confirme"
            + "|confírmelo|corrija|envíe|use|úselo|marque|indique|apruebe|déjelo|pida|abra|intente|inténtelo|péguelo"
            + "|dígales)\\b|\\ble enviamos\\b|\\bsus? (comentarios?|correo|nombre|comunidad|postura|número|plan|enlace"
            + "|cambios)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    MessageBundlesTest() {
        // keys whose Spanish is rightly the same as the English (codes, numbers)
        super(Set.of("comments.position.NEUTRAL", "comments.packet.agenda", "comments.packet.unique"));
    }

    /**
     * Plaza says "tú" to residents and staff in Spanish (petitions, outreach, supporters, campaigns, the emails of
     * notifications); comments addressed them as "usted" until 2026-12-07. The clerk's packet
     * ({@code comments.packet.*}), an official document for a public body, speaks of residents in the third person
     * and is left out.
     */
    @Test
    void residentsAndStaffAreAddressedAsTuLikeEverywhereElseInPlaza() throws IOException {
        Properties spanish = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages_es.properties")) {
            spanish.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> formal = spanish.stringPropertyNames().stream().filter(key -> !key.startsWith("comments.packet."))
                .filter(key -> USTED.matcher(spanish.getProperty(key)).find()).sorted()
                .map(key -> key + "=" + spanish.getProperty(key)).toList();
        assertThat(formal).as("Spanish texts in the formal register").isEmpty();
    }
}
