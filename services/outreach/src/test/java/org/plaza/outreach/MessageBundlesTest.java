package org.plaza.outreach;

import java.util.Set;

import org.plaza.testsupport.i18n.ServiceMessageBundleTests;

/** Every text residents and organizers read exists in English and Spanish, really is translated, and formats. */
class MessageBundlesTest extends ServiceMessageBundleTests {

    MessageBundlesTest() {
        // keys whose Spanish is rightly the same as the English (proper names, codes)
        super(Set.of("shift.error.activity.invalid"));
    }
}
