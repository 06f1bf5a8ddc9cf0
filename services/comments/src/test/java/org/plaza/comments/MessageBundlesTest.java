package org.plaza.comments;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.plaza.testsupport.i18n.MessageBundles;

class MessageBundlesTest {

    /** Keys whose Spanish and English texts are rightly the same (codes, numbers). */
    private static final Set<String> SAME_IN_BOTH = Set.of("comments.position.NEUTRAL", "comments.packet.agenda",
            "comments.packet.unique");

    @Test
    void everyKeyExistsInSpanishAndEnglish() {
        MessageBundles.of("messages").assertSameKeys();
    }

    @Test
    void spanishTextsAreTranslatedNotCopied() {
        MessageBundles.of("messages").assertSpanishTranslated(SAME_IN_BOTH);
    }
}
