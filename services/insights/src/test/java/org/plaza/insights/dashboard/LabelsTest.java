package org.plaza.insights.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.plaza.starter.vocabulary.Vocabulary;
import org.springframework.context.support.ResourceBundleMessageSource;
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

    @Test
    void aCountersWordsAgreeWithItsNumberInBothLanguages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        Labels labels = new Labels(messages, null, Vocabulary.platformDefaults());

        assertThat(labels.tile("volunteers", 1L, Locale.ENGLISH)).isEqualTo("volunteer");
        assertThat(labels.tile("volunteers", 2L, Locale.ENGLISH)).isEqualTo("volunteers");
        assertThat(labels.tile("volunteers", 0L, Locale.ENGLISH)).isEqualTo("volunteers");
        assertThat(labels.tile("signatures", 1L, Locale.ENGLISH)).isEqualTo("verified signature");
        assertThat(labels.tile("supporters", 1L, Locale.ENGLISH)).isEqualTo("person who took part");
        assertThat(labels.tile("hours", 1.0, Locale.ENGLISH)).isEqualTo("volunteer hour");
        assertThat(labels.tile("hours", 1.5, Locale.ENGLISH)).isEqualTo("volunteer hours");
        assertThat(labels.tile("volunteers", 1L, ES)).isEqualTo("voluntario");
        assertThat(labels.tile("volunteers", 21L, ES)).isEqualTo("voluntarios");
        assertThat(labels.tile("comments", 1L, ES)).isEqualTo("comentario público");
        assertThat(labels.tile("supporters", 1L, ES)).isEqualTo("persona que participó");
        assertThat(labels.tile("signups", 3L, ES)).isEqualTo("plazas ocupadas en turnos");
    }
}
