package org.plaza.starter.vocabulary;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform vocabulary ({@code plaza.vocabulary}), defaults in {@code plaza-defaults/vocabulary.properties}.
 * Replacing a list (in a deployment's configuration) replaces it in every service.
 *
 * @param communities    the places campaigns, petitions, drives and shifts concern, in the order forms list them
 * @param otherCommunity the choice a resident makes who lives in none of them (and where a ZIP code outside
 *                       every community leads); none when absent
 * @param issueAreas     the issue areas a campaign belongs to
 * @param languages      the languages people use on the platform: the site's own ({@code plaza.locale.supported})
 *                       and others a resident may speak at a meeting
 */
@ConfigurationProperties("plaza.vocabulary")
public record VocabularySettings(@DefaultValue List<Community> communities, Term otherCommunity,
        @DefaultValue List<Term> issueAreas, @DefaultValue List<Term> languages) {

    public VocabularySettings {
        communities = List.copyOf(communities);
        issueAreas = List.copyOf(issueAreas);
        languages = List.copyOf(languages);
    }

    /** A community: its code (UPPER_SNAKE, as stored and carried in events), its names and its ZIP codes. */
    public record Community(String code, String nameEs, String nameEn, @DefaultValue List<String> zipCodes)
            implements Named {

        public Community {
            zipCodes = zipCodes == null ? List.of() : List.copyOf(zipCodes);
        }
    }

    /** An issue area or a language: its code and its names. */
    public record Term(String code, String nameEs, String nameEn) implements Named {
    }

    /** A coded word with a Spanish and an English name. */
    public interface Named {

        String code();

        String nameEs();

        String nameEn();

        /** The name in {@code locale}'s language: English for English, Spanish otherwise. */
        default String name(Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) ? nameEn() : nameEs();
        }

        /** A site language's name in itself ("Español", "English"), as a language choice shows it. */
        default String ownName() {
            return name(Locale.forLanguageTag(code()));
        }
    }
}
