package org.plaza.notifications;

import java.util.Set;

import org.plaza.testsupport.i18n.ServiceMessageBundleTests;

/**
 * The service's bundles: the same keys in English and Spanish, valid patterns, and real translations. A broadcast's
 * subject is the organizer's own, written in each language, so its pattern is the same in both;
 * so is its text message's.
 */
class MessageBundlesTest extends ServiceMessageBundleTests {

    MessageBundlesTest() {
        super(Set.of("mail.supporters.broadcast.subject", "sms.supporters.broadcast"));
    }
}
