package org.plaza.insights.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.plaza.starter.vocabulary.Vocabulary;
import org.springframework.context.support.StaticMessageSource;

class LabelsTest {

    static final Locale ES = Locale.forLanguageTag("es");

    @Test
    void namesCommunitiesIssueAreasAndLanguagesFromThePlatformVocabulary() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("insights.community.UNKNOWN", ES, "Sin indicar");
        Labels labels = new Labels(messages, null, Vocabulary.platformDefaults());

        assertThat(labels.of("community", "OTHER", ES)).isEqualTo("Otra comunidad");
        assertThat(labels.of("community", "SALTON_CITY", Locale.ENGLISH)).isEqualTo("Salton City");
        assertThat(labels.of("issue", "CIVIC_PARTICIPATION", ES)).isEqualTo("Participación cívica");
        assertThat(labels.of("language", "mix", Locale.ENGLISH)).isEqualTo("Mixtec");
        assertThat(labels.of("community", null, ES)).isEqualTo("Sin indicar");
        assertThat(labels.of("community", "RETIRED_PLACE", ES)).isEqualTo("Retired Place");
    }

    @Test
    void showsACodeWithoutATranslationAsWords() {
        assertThat(Labels.words("NORTH_SHORE")).isEqualTo("North Shore");
        assertThat(Labels.words("DESERT_HOT_SPRINGS")).isEqualTo("Desert Hot Springs");
        assertThat(Labels.words("es")).isEqualTo("Es");
    }
}
