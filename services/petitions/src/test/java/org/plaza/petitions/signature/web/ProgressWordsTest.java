package org.plaza.petitions.signature.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The words next to a petition's verified count on its page and on the thank-you page agree with the count (none,
 * one, many) and name the goal only when there is one, in both languages.
 */
class ProgressWordsTest {

    private static final Locale ES = Locale.forLanguageTag("es");

    private final ResourceBundleMessageSource messages = bundles();

    @Test
    void theWordsAgreeWithNoneOneAndManyVerifiedSignaturesOfAGoalInBothLanguages() {
        assertThat(withGoal(0, 100, ES)).isEqualTo("firmas verificadas por ahora; la meta es 100");
        assertThat(withGoal(1, 100, ES)).isEqualTo("firma verificada de una meta de 100");
        assertThat(withGoal(12, 100, ES)).isEqualTo("firmas verificadas de una meta de 100");
        assertThat(withGoal(0, 100, Locale.ENGLISH)).isEqualTo("verified signatures so far; the goal is 100");
        assertThat(withGoal(1, 100, Locale.ENGLISH)).isEqualTo("verified signature of a goal of 100");
        assertThat(withGoal(12, 2500, Locale.ENGLISH)).isEqualTo("verified signatures of a goal of 2,500");
    }

    @Test
    void withoutAGoalTheWordsNameNone() {
        assertThat(withoutGoal(0, ES)).isEqualTo("firmas verificadas por ahora");
        assertThat(withoutGoal(1, ES)).isEqualTo("firma verificada");
        assertThat(withoutGoal(3, ES)).isEqualTo("firmas verificadas");
        assertThat(withoutGoal(0, Locale.ENGLISH)).isEqualTo("verified signatures so far");
        assertThat(withoutGoal(1, Locale.ENGLISH)).isEqualTo("verified signature");
        assertThat(withoutGoal(3, Locale.ENGLISH)).isEqualTo("verified signatures");
    }

    private String withGoal(long verified, int goal, Locale locale) {
        return messages.getMessage("petition.progress.count-of-goal", new Object[] { verified, goal }, locale);
    }

    private String withoutGoal(long verified, Locale locale) {
        return messages.getMessage("petition.progress.count", new Object[] { verified }, locale);
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
