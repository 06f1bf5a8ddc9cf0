package org.plaza.starter.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plaza.starter.config.PlazaDefaults;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.vocabulary.CommunityResolution.Problem;
import org.plaza.starter.vocabulary.VocabularySettings.Community;
import org.plaza.starter.vocabulary.VocabularySettings.Term;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The platform vocabulary: its default lists, lookups, ZIP resolution and the checks on its configuration. */
class VocabularyTest {

    static final Locale ES = Locale.forLanguageTag("es");
    final Vocabulary vocabulary = Vocabulary.platformDefaults();

    @Test
    void theDefaultCommunitiesAreTheEasternCoachellaValleyAndItsNeighboursWithACatchAllForResidents() {
        assertThat(Vocabulary.codes(vocabulary.communities())).containsExactly("COACHELLA", "MECCA", "OASIS",
                "THERMAL", "NORTH_SHORE", "INDIO", "SALTON_CITY", "DESERT_HOT_SPRINGS");
        assertThat(Vocabulary.codes(vocabulary.residentCommunities()))
                .containsExactlyElementsOf(List.of("COACHELLA", "MECCA", "OASIS", "THERMAL", "NORTH_SHORE", "INDIO",
                        "SALTON_CITY", "DESERT_HOT_SPRINGS", "OTHER"));
        assertThat(vocabulary.isCommunity("OTHER")).isFalse();
        assertThat(vocabulary.isResidentCommunity("OTHER")).isTrue();
        assertThat(vocabulary.isCommunity("ATLANTIS")).isFalse();
        assertThat(vocabulary.isCommunity(null)).isFalse();
    }

    @Test
    void namesEveryWordInSpanishAndEnglishAndAnUnknownCodeAsItself() {
        assertThat(vocabulary.communityName("OTHER", ES)).isEqualTo("Otra comunidad");
        assertThat(vocabulary.communityName("OTHER", Locale.ENGLISH)).isEqualTo("Another community");
        assertThat(vocabulary.communityName("NORTH_SHORE", ES)).isEqualTo("North Shore");
        assertThat(vocabulary.communityName("RETIRED_PLACE", ES)).isEqualTo("RETIRED_PLACE");
        assertThat(vocabulary.issueAreaName("CIVIC_PARTICIPATION", ES)).isEqualTo("Participación cívica");
        assertThat(vocabulary.issueAreaName("CIVIC_PARTICIPATION", Locale.ENGLISH)).isEqualTo("Civic participation");
        assertThat(vocabulary.languageName("es", Locale.ENGLISH)).isEqualTo("Spanish");
        assertThat(vocabulary.languageName("pua", ES)).isEqualTo("Purépecha");
        assertThat(Vocabulary.codes(vocabulary.issueAreas())).hasSize(7).contains("WATER_AND_HOUSING_INFRASTRUCTURE");
    }

    @Test
    void theSiteLanguagesAreTheSupportedLocalesAndTheOthersAreSpokenOnly() {
        assertThat(Vocabulary.codes(vocabulary.siteLanguages())).containsExactly("es", "en");
        assertThat(Vocabulary.codes(vocabulary.languages())).containsExactly("es", "en", "pua", "mix");
        assertThat(vocabulary.isSiteLanguage("mix")).isFalse();
        assertThat(vocabulary.siteLanguages()).extracting(Term::ownName).containsExactly("Español", "English");
        assertThat(vocabulary.isLanguage("mix")).isTrue();
    }

    @Test
    void aChosenCommunityWinsOverTheZipCode() {
        assertThat(vocabulary.resolveCommunity("MECCA", "92236").code()).isEqualTo("MECCA");
    }

    @Test
    void aZipCodeOfOneCommunityResolvesToIt() {
        assertThat(vocabulary.resolveCommunity("", " 92236 ").code()).isEqualTo("COACHELLA");
        assertThat(vocabulary.resolveCommunity(null, "92275").code()).isEqualTo("SALTON_CITY");
    }

    @Test
    void aZipCodeOutsideEveryCommunityIsTheCatchAll() {
        assertThat(vocabulary.resolveCommunity(null, "90210").code()).isEqualTo("OTHER");
    }

    @Test
    void explainsWhatCannotBeResolvedWithAFieldAndABilingualMessage() {
        assertThat(vocabulary.resolveCommunity("ATLANTIS", null).problem()).isEqualTo(Problem.UNKNOWN);
        assertThat(vocabulary.resolveCommunity(null, null).problem()).isEqualTo(Problem.MISSING);
        assertThat(vocabulary.resolveCommunity(null, "9225").problem()).isEqualTo(Problem.INVALID_ZIP);
        assertThat(vocabulary.resolveCommunity(null, "9225").field()).isEqualTo("zip");
        assertThat(vocabulary.resolveCommunity(null, "92254").problem()).isEqualTo(Problem.SHARED_ZIP);
        assertThat(vocabulary.resolveCommunity(null, "92254").field()).isEqualTo("community");
        assertThat(Problem.SHARED_ZIP.messageKey()).isEqualTo("plaza.vocabulary.community.shared-zip");
        assertThat(Problem.UNKNOWN.messageKey()).isEqualTo(Vocabulary.Kind.COMMUNITY.unknownMessageKey());
    }

    @Test
    void withoutACatchAllAZipCodeOfNoCommunityIsAnError() {
        Vocabulary valley = new Vocabulary(new VocabularySettings(
                List.of(new Community("MECCA", "Mecca", "Mecca", List.of("92254"))), null, List.of(),
                List.of(new Term("es", "Español", "Spanish"))), List.of(ES));

        assertThat(valley.resolveCommunity(null, "90210").problem()).isEqualTo(Problem.UNKNOWN_ZIP);
        assertThat(valley.resolveCommunity("OTHER", null).problem()).isEqualTo(Problem.UNKNOWN);
    }

    @Test
    void anUnknownCommunityIsAValidationProblemOnTheField() {
        assertThatThrownBy(() -> vocabulary.requireCommunities("communities", List.of("MECCA", "ATLANTIS")))
                .isInstanceOfSatisfying(PlazaProblem.class, problem -> {
                    assertThat(problem.getStatus().value()).isEqualTo(400);
                    assertThat(problem.getFieldErrors()).singleElement().satisfies(error -> {
                        assertThat(error.name()).isEqualTo("communities");
                        assertThat(error.messageKey()).isEqualTo("plaza.vocabulary.community.unknown");
                    });
                });
        vocabulary.requireCommunities("communities", List.of("MECCA", "DESERT_HOT_SPRINGS"));
    }

    @Test
    void changingTheListInOnePlaceChangesWhatEveryServiceReads() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("deployment", Map.of(
                "plaza.vocabulary.communities[0].code", "MECCA",
                "plaza.vocabulary.communities[0].name-es", "Mecca",
                "plaza.vocabulary.communities[0].name-en", "Mecca")));
        new PlazaDefaults().postProcessEnvironment(environment, new SpringApplication());

        Vocabulary changed = Vocabulary.of(environment);

        assertThat(Vocabulary.codes(changed.communities())).containsExactly("MECCA");
        assertThat(Vocabulary.codes(changed.issueAreas())).hasSize(7);
    }

    @Test
    void theBeanIsNamedVocabularyAndReadsTheConfiguration() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(VocabularyAutoConfiguration.class))
                .withPropertyValues("plaza.vocabulary.communities[0].code=THERMAL",
                        "plaza.vocabulary.communities[0].name-es=Thermal",
                        "plaza.vocabulary.communities[0].name-en=Thermal",
                        "plaza.vocabulary.languages[0].code=es", "plaza.vocabulary.languages[0].name-es=Español",
                        "plaza.vocabulary.languages[0].name-en=Spanish",
                        "plaza.vocabulary.languages[1].code=en", "plaza.vocabulary.languages[1].name-es=Inglés",
                        "plaza.vocabulary.languages[1].name-en=English")
                .run(context -> assertThat(Vocabulary.codes(context.getBean("vocabulary", Vocabulary.class)
                        .communities())).containsExactly("THERMAL"));
    }

    @Test
    void aBrokenListStopsTheServiceAtStartUp() {
        Term spanish = new Term("es", "Español", "Spanish");
        assertThatThrownBy(() -> new Vocabulary(new VocabularySettings(List.of(
                new Community("MECCA", "Mecca", "Mecca", List.of()), new Community("MECCA", "M", "M", List.of())),
                null, List.of(), List.of(spanish)), List.of(ES))).hasMessageContaining("MECCA is listed twice");
        assertThatThrownBy(() -> new Vocabulary(new VocabularySettings(List.of(
                new Community("MECCA", "Mecca", null, List.of())), null, List.of(), List.of(spanish)), List.of(ES)))
                .hasMessageContaining("name-en");
        assertThatThrownBy(() -> new Vocabulary(new VocabularySettings(List.of(
                new Community("MECCA", "Mecca", "Mecca", List.of("9225"))), null, List.of(), List.of(spanish)),
                List.of(ES))).hasMessageContaining("5 digits");
        assertThatThrownBy(() -> new Vocabulary(new VocabularySettings(List.of(
                new Community("Mecca", "Mecca", "Mecca", List.of())), null, List.of(), List.of(spanish)), List.of(ES)))
                .hasMessageContaining("invalid code 'Mecca'");
        assertThatThrownBy(() -> new Vocabulary(new VocabularySettings(List.of(), null, List.of(), List.of(spanish)),
                List.of(ES, Locale.ENGLISH))).hasMessageContaining("site language en");
    }
}
