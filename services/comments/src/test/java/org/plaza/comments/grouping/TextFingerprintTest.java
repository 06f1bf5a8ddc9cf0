package org.plaza.comments.grouping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFingerprintTest {

    private static final String TEMPLATE = "Me opongo al aumento de las tarifas de agua porque muchas familias de "
            + "Mecca y Thermal ya pagan más de lo que pueden y el agua del pozo no es segura para beber";

    @Test
    void ignoresCaseAccentsPunctuationAndSpacingForTheExactKey() {
        TextFingerprint a = TextFingerprint.of("¡Agua LIMPIA, ya!  Para   Mecca.");
        TextFingerprint b = TextFingerprint.of("agua limpia ya para mecca");
        assertThat(a.normalized()).isEqualTo("agua limpia ya para mecca");
        assertThat(a.exactKey()).isEqualTo(b.exactKey());
        assertThat(a.similarity(b)).isEqualTo(1.0);
    }

    @Test
    void nearIdenticalTextsAreSimilarAndShareABand() {
        TextFingerprint template = TextFingerprint.of(TEMPLATE);
        TextFingerprint personalised = TextFingerprint.of(TEMPLATE + ". Firmado, una madre de Oasis.");
        assertThat(template.similarity(personalised)).isGreaterThan(0.7);
        assertThat(template.bandKeys()).containsAnyElementsOf(personalised.bandKeys());
    }

    @Test
    void differentTextsAreNotSimilar() {
        TextFingerprint template = TextFingerprint.of(TEMPLATE);
        TextFingerprint other = TextFingerprint.of("Support the new school bus route for North Shore students, "
                + "the walk along the highway is dangerous in the dark mornings");
        assertThat(template.similarity(other)).isLessThan(0.1);
    }

    @Test
    void shortTextsCompareByWords() {
        assertThat(TextFingerprint.of("No!").similarity(TextFingerprint.of("no"))).isEqualTo(1.0);
        assertThat(TextFingerprint.of("I oppose").similarity(TextFingerprint.of("I support"))).isLessThan(0.5);
    }

    @Test
    void textWithoutLettersStillHasAKey() {
        assertThat(TextFingerprint.of("💧💧").exactKey()).isEqualTo(TextFingerprint.of("💧💧").exactKey())
                .isNotEqualTo(TextFingerprint.of("🔥").exactKey());
    }
}
