package org.plaza.campaigns;

import java.util.Set;

import org.plaza.testsupport.i18n.ServiceMessageBundleTests;

/** Every text of the service exists in English and Spanish, is translated, and is a valid pattern. */
class MessageBundlesTest extends ServiceMessageBundleTests {

    MessageBundlesTest() {
        // keys whose Spanish is rightly the same as the English (a clock pattern)
        super(Set.of("campaigns.format.time"));
    }
}
