package org.plaza.testsupport.i18n;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    private final MessageBundles broken = MessageBundles.of("i18n-probe/broken");

    @Test
    void aKeyMissingInSpanishFails() {
        assertThatThrownBy(broken::assertSameKeys).isInstanceOf(AssertionError.class).hasMessageContaining("only.english");
    }

    @Test
    void aSpanishTextCopiedFromEnglishFailsUnlessItIsRightlyTheSame() {
        assertThatThrownBy(() -> broken.assertSpanishTranslated(Set.of("community")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("greeting").hasMessageNotContaining("community");
    }

    @Test
    void aMessageThatIsNotAValidPatternFailsNamingItsKey() {
        assertThatThrownBy(MessageBundles.of("i18n-probe/patterns")::assertValidPatterns)
                .isInstanceOf(AssertionError.class).hasMessageContaining("unclosed");
    }

    @Test
    void aMessageThatKeepsABraceFails() {
        assertThatThrownBy(MessageBundles.of("i18n-probe/quoted")::assertValidPatterns)
                .isInstanceOf(AssertionError.class).hasMessageContaining("quoted.argument");
    }
}
