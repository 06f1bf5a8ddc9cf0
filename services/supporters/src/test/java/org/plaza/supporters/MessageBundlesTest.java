package org.plaza.supporters;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.plaza.testsupport.i18n.MessageBundles;

/** Every text organizers and residents read exists in English and Spanish, and really is translated. */
class MessageBundlesTest {

    /** Keys whose Spanish and English texts are rightly the same (names, codes, numbers). */
    private static final Set<String> SAME_IN_BOTH = Set.of();

    private final MessageBundles bundles = MessageBundles.of("messages");

    @Test
    void everyKeyExistsInSpanishAndEnglish() {
        bundles.assertSameKeys();
    }

    @Test
    void spanishTextsAreTranslatedNotCopied() {
        bundles.assertSpanishTranslated(SAME_IN_BOTH);
    }
}
