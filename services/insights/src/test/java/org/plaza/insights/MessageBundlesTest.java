package org.plaza.insights;

import java.util.Set;

import org.plaza.testsupport.i18n.ServiceMessageBundleTests;

/** Every text of the dashboard and the report exists in English and Spanish, is translated, and formats. */
class MessageBundlesTest extends ServiceMessageBundleTests {

    MessageBundlesTest() {
        // keys whose Spanish is rightly the same as the English (codes, numbers, brand names)
        super(Set.of("insights.seconds", "insights.position.NEUTRAL", "insights.channel.WEB",
                "insights.report.csv.id", "insights.share-source.WHATSAPP", "insights.share-source.FACEBOOK"));
    }
}
