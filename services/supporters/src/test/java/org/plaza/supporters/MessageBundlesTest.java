package org.plaza.supporters;

import java.util.Set;

import org.plaza.testsupport.i18n.ServiceMessageBundleTests;

/** Every text organizers and residents read exists in English and Spanish, really is translated, and formats. */
class MessageBundlesTest extends ServiceMessageBundleTests {

    MessageBundlesTest() {
        super(Set.of("supporters.consent.declined"));
    }
}
