package org.plaza.testsupport.i18n;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The checks every service makes of its bundles, as tests: a service's {@code MessageBundlesTest} extends this
 * with the keys whose Spanish is rightly the same as the English, and JUnit runs each check as a test of that
 * service.
 *
 * <pre>{@code
 * class MessageBundlesTest extends ServiceMessageBundleTests {
 *     MessageBundlesTest() { super(Set.of("comments.position.NEUTRAL")); }
 * }
 * }</pre>
 */
public abstract class ServiceMessageBundleTests {

    private final MessageBundles bundles;
    private final Set<String> sameInBoth;

    /** The service's {@code messages} bundles, with the keys that are rightly the same in both languages. */
    protected ServiceMessageBundleTests(Set<String> sameInBoth) {
        this("messages", sameInBoth);
    }

    protected ServiceMessageBundleTests(String basename, Set<String> sameInBoth) {
        this.bundles = MessageBundles.of(basename);
        this.sameInBoth = sameInBoth;
    }

    /** The bundles under test, for a service's own extra checks. */
    protected MessageBundles bundles() {
        return bundles;
    }

    @Test
    void everyKeyExistsInSpanishAndEnglish() {
        bundles.assertSameKeys();
    }

    @Test
    void spanishTextsAreTranslatedNotCopied() {
        bundles.assertSpanishTranslated(sameInBoth);
    }

    @Test
    void everyMessageIsANonBlankPatternThatFormatsItsArguments() {
        bundles.assertValidPatterns();
    }
}
