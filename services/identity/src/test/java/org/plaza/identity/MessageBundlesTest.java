package org.plaza.identity;

import java.util.Set;

import org.plaza.testsupport.i18n.ServiceMessageBundleTests;

/** Identity's bundles: the same keys in English and Spanish, valid patterns, and real translations. */
class MessageBundlesTest extends ServiceMessageBundleTests {

    MessageBundlesTest() {
        super(Set.of());
    }
}
