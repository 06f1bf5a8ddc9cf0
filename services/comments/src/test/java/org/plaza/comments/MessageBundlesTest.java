package org.plaza.comments;

import java.util.Set;

import org.plaza.testsupport.i18n.ServiceMessageBundleTests;

/** Every text of comments exists in English and Spanish, is translated, and is a valid pattern. */
class MessageBundlesTest extends ServiceMessageBundleTests {

    MessageBundlesTest() {
        // keys whose Spanish is rightly the same as the English (codes, numbers)
        super(Set.of("comments.position.NEUTRAL", "comments.packet.agenda", "comments.packet.unique"));
    }
}
