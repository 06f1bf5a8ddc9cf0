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

    /**
     * The clerk's packet says how its comments were checked, in the clerk's language: a resident who gave only a
     * mobile number confirms with a texted code, and the comments that carry an organizer's translation are those
     * written in the other language (the Spanish packet said "por correo" only, and "en español").
     */
    @Test
    void theClerksPacketSaysCommentsAreConfirmedByEmailOrTextAndTranslatedFromTheOtherLanguage() throws IOException {
        assertThat(bundle("/messages_es.properties").getProperty("comments.packet.public-record"))
                .contains("por correo o por mensaje de texto", "Los comentarios en inglés se imprimen");
        assertThat(bundle("/messages.properties").getProperty("comments.packet.public-record"))
                .contains("by email or by text message", "Comments written in Spanish are printed");
    }

    private Properties bundle(String name) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream(name)) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return bundle;
    }
}
