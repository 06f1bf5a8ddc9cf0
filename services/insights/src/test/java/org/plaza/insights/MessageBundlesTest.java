package org.plaza.insights;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.plaza.testsupport.i18n.MessageBundles;

/** Every text of the dashboard and the report exists in English and Spanish, and is translated. */
class MessageBundlesTest {

    /** Keys whose Spanish and English texts are rightly the same (names of places and languages, codes, numbers). */
    private static final Set<String> SAME_IN_BOTH = Set.of("insights.seconds", "insights.position.NEUTRAL",
            "insights.channel.WEB", "insights.report.csv.id");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        MessageBundles.of("messages").assertSameKeys();
    }

    @Test
    void spanishTextsAreTranslated() {
        MessageBundles.of("messages").assertSpanishTranslated(SAME_IN_BOTH);
    }
}
