package org.plaza.starter.vocabulary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.plaza.starter.config.PlazaDefaults;
import org.plaza.starter.csv.CsvReader;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.vocabulary.VocabularySettings.Community;
import org.plaza.starter.vocabulary.VocabularySettings.Named;
import org.plaza.starter.vocabulary.VocabularySettings.Term;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;

/**
 * The platform's communities, issue areas and languages, as every service offers, checks and names them. The
 * bean is named {@code vocabulary}, so templates write {@code ${@vocabulary.communityName(code)}} (in the
 * request's language). A code that is no longer configured keeps working where it is stored: its name is the
 * code itself.
 */
public class Vocabulary {

    private static final Pattern ZIP = Pattern.compile("\\d{5}");
    /** Communities and issue areas travel in events as UPPER_SNAKE; languages are ISO 639 codes. */
    private static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private final List<Community> communities;
    private final Optional<Community> other;
    private final List<Community> residentCommunities;
    private final Map<String, Community> communitiesByCode = new LinkedHashMap<>();
    private final Map<String, List<String>> communityCodesByZip = new LinkedHashMap<>();
    private final Map<String, Term> issueAreas = new LinkedHashMap<>();
    private final Map<String, Term> languages = new LinkedHashMap<>();
    private final List<Term> siteLanguages;

    /**
     * @param settings      the configured vocabulary
     * @param siteLanguages the languages the site is written in ({@code plaza.locale.supported}); each must be
     *                      one of the vocabulary's languages
     */
    public Vocabulary(VocabularySettings settings, List<Locale> siteLanguages) {
        this.communities = settings.communities();
        this.other = Optional.ofNullable(settings.otherCommunity())
                .map(o -> new Community(o.code(), o.nameEs(), o.nameEn(), List.of()));
        this.residentCommunities = Stream.concat(communities.stream(), other.stream()).toList();
        for (Community community : residentCommunities) {
            put(communitiesByCode, community, "communities", UPPER_SNAKE);
            for (String zip : community.zipCodes()) {
                if (!ZIP.matcher(zip).matches()) {
                    throw new IllegalArgumentException("plaza.vocabulary: ZIP code '" + zip + "' of "
                            + community.code() + " is not 5 digits");
                }
                communityCodesByZip.computeIfAbsent(zip, z -> new ArrayList<>()).add(community.code());
            }
        }
        settings.issueAreas().forEach(area -> put(issueAreas, area, "issue-areas", UPPER_SNAKE));
        settings.languages().forEach(language -> put(languages, language, "languages", LANGUAGE));
        List<Term> site = new ArrayList<>();
        for (Locale locale : siteLanguages) {
            Term language = languages.get(locale.getLanguage());
            if (language == null) {
                throw new IllegalArgumentException("plaza.vocabulary.languages must name the site language "
                        + locale.getLanguage() + " (plaza.locale.supported)");
            }
            site.add(language);
        }
        this.siteLanguages = List.copyOf(site);
    }

    /** The vocabulary {@code environment} configures ({@code plaza.vocabulary}, {@code plaza.locale.supported}). */
    public static Vocabulary of(Environment environment) {
        Binder binder = Binder.get(environment);
        VocabularySettings settings = binder.bind("plaza.vocabulary", VocabularySettings.class)
                .orElseGet(() -> new VocabularySettings(List.of(), null, List.of(), List.of()));
        List<Locale> site = binder.bind("plaza.locale.supported", Bindable.listOf(Locale.class))
                .orElseGet(() -> List.of(Locale.forLanguageTag("es"), Locale.ENGLISH));
        return new Vocabulary(settings, site);
    }

    /**
     * The platform's default vocabulary ({@code plaza-defaults/vocabulary.properties}), for code outside a
     * service's context: the load generator, and tests that compare a service's lists with it.
     */
    public static Vocabulary platformDefaults() {
        StandardEnvironment environment = new StandardEnvironment();
        new PlazaDefaults().postProcessEnvironment(environment, new SpringApplication());
        return of(environment);
    }

    private static <T extends Named> void put(Map<String, T> byCode, T word, String list, Pattern code) {
        if (word.code() == null || !code.matcher(word.code()).matches()) {
            throw new IllegalArgumentException("plaza.vocabulary." + list + ": invalid code '" + word.code() + "'");
        }
        if (isBlank(word.nameEs()) || isBlank(word.nameEn())) {
            throw new IllegalArgumentException("plaza.vocabulary." + list + ": " + word.code()
                    + " needs name-es and name-en");
        }
        if (byCode.putIfAbsent(word.code(), word) != null) {
            throw new IllegalArgumentException("plaza.vocabulary." + list + ": " + word.code() + " is listed twice");
        }
    }

    // Communities

    /** The places campaigns, petitions, drives and shifts concern, in the configured order (no catch-all). */
    public List<Community> communities() {
        return communities;
    }

    /** What a resident may say they live in: every community, then the catch-all when one is configured. */
    public List<Community> residentCommunities() {
        return residentCommunities;
    }

    /** The catch-all community of residents who live in none of the others, when one is configured. */
    public Optional<Community> otherCommunity() {
        return other;
    }

    /** A community or the catch-all by its code. */
    public Optional<Community> community(String code) {
        return Optional.ofNullable(code == null ? null : communitiesByCode.get(code));
    }

    /** Whether {@code code} is one of the {@link #communities()} (the catch-all is not). */
    public boolean isCommunity(String code) {
        return community(code).filter(c -> other.map(o -> !o.code().equals(c.code())).orElse(true)).isPresent();
    }

    /** Whether {@code code} is one of the {@link #residentCommunities()}. */
    public boolean isResidentCommunity(String code) {
        return community(code).isPresent();
    }

    /** The community's name in {@code locale}'s language; the code itself when it is not configured. */
    public String communityName(String code, Locale locale) {
        return community(code).map(c -> c.name(locale)).orElse(code);
    }

    /** The community's name in the current request's language. */
    public String communityName(String code) {
        return communityName(code, LocaleContextHolder.getLocale());
    }

    /**
     * Resolves what a resident gave, a community or else a ZIP code, to one community code, or says which field
     * is wrong and why. A ZIP code of no community leads to the catch-all when there is one.
     */
    public CommunityResolution resolveCommunity(String communityCode, String zipCode) {
        String code = blankToNull(communityCode);
        String zip = blankToNull(zipCode);
        if (code != null) {
            return isResidentCommunity(code) ? CommunityResolution.of(code)
                    : CommunityResolution.problem("community", CommunityResolution.Problem.UNKNOWN);
        }
        if (zip == null) {
            return CommunityResolution.problem("community", CommunityResolution.Problem.MISSING);
        }
        if (!ZIP.matcher(zip).matches()) {
            return CommunityResolution.problem("zip", CommunityResolution.Problem.INVALID_ZIP);
        }
        List<String> codes = communityCodesByZip.getOrDefault(zip, List.of());
        if (codes.size() == 1) {
            return CommunityResolution.of(codes.get(0));
        }
        if (codes.size() > 1) {
            return CommunityResolution.problem("community", CommunityResolution.Problem.SHARED_ZIP);
        }
        return other.map(o -> CommunityResolution.of(o.code()))
                .orElseGet(() -> CommunityResolution.problem("zip", CommunityResolution.Problem.UNKNOWN_ZIP));
    }

    // Issue areas

    public List<Term> issueAreas() {
        return List.copyOf(issueAreas.values());
    }

    public Optional<Term> issueArea(String code) {
        return Optional.ofNullable(code == null ? null : issueAreas.get(code));
    }

    public boolean isIssueArea(String code) {
        return issueArea(code).isPresent();
    }

    /** The issue area's name in {@code locale}'s language; the code itself when it is not configured. */
    public String issueAreaName(String code, Locale locale) {
        return issueArea(code).map(a -> a.name(locale)).orElse(code);
    }

    public String issueAreaName(String code) {
        return issueAreaName(code, LocaleContextHolder.getLocale());
    }

    // Languages

    /** Every language of the vocabulary: the site's own first when so configured, then the others. */
    public List<Term> languages() {
        return List.copyOf(languages.values());
    }

    /** The languages the site is written in: comments, emails and staff choices such as a clerk's language. */
    public List<Term> siteLanguages() {
        return siteLanguages;
    }

    public Optional<Term> language(String code) {
        return Optional.ofNullable(code == null ? null : languages.get(code));
    }

    public boolean isLanguage(String code) {
        return language(code).isPresent();
    }

    public boolean isSiteLanguage(String code) {
        return siteLanguages.stream().anyMatch(l -> l.code().equals(code));
    }

    /** The language's name in {@code locale}'s language; the code itself when it is not configured. */
    public String languageName(String code, Locale locale) {
        return language(code).map(l -> l.name(locale)).orElse(code);
    }

    public String languageName(String code) {
        return languageName(code, LocaleContextHolder.getLocale());
    }

    // Validation

    /**
     * A 400 validation problem naming {@code field} with the bilingual message for an unknown code
     * ({@code kind}: the community, issue area or language message).
     */
    public static PlazaProblem unknown(Kind kind, String field) {
        return PlazaProblem.badRequest("validation", "plaza.problem.validation")
                .withFieldError(field, kind.unknownMessageKey());
    }

    /** Throws {@link #unknown(Kind, String)} for the first code of {@code codes} that is not a community. */
    public void requireCommunities(String field, List<String> codes) {
        if (codes != null && codes.stream().anyMatch(code -> !isCommunity(code))) {
            throw unknown(Kind.COMMUNITY, field);
        }
    }

    /**
     * The code of the word someone typed in a sheet: its code or its name in Spanish or English, compared without
     * case, accents, spaces, hyphens, dots or underscores ("Mecca", "MECCA", "north shore" for North Shore);
     * empty when none of {@code words} is meant.
     */
    public static Optional<String> typedCode(List<? extends Named> words, String typed) {
        String wanted = CsvReader.word(typed);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return words.stream().filter(w -> CsvReader.word(w.code()).equals(wanted)
                || CsvReader.word(w.nameEs()).equals(wanted) || CsvReader.word(w.nameEn()).equals(wanted))
                .map(Named::code).findFirst();
    }

    /** The codes of {@code words}, in order. */
    public static List<String> codes(List<? extends Named> words) {
        return words.stream().map(Named::code).toList();
    }

    /** Codes of {@code codes} the vocabulary does not know as {@code kind}, in order, without repeats. */
    public List<String> unknownCodes(Kind kind, List<String> codes) {
        Set<String> unknown = new HashSet<>();
        List<String> ordered = new ArrayList<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            boolean known = switch (kind) {
                case COMMUNITY -> isResidentCommunity(code);
                case ISSUE_AREA -> isIssueArea(code);
                case LANGUAGE -> isLanguage(code);
            };
            if (!known && unknown.add(String.valueOf(code))) {
                ordered.add(code);
            }
        }
        return ordered;
    }

    /** The three lists, each with the bundle key of its "choose from the list" field message. */
    public enum Kind {
        COMMUNITY("plaza.vocabulary.community.unknown"),
        ISSUE_AREA("plaza.vocabulary.issue-area.unknown"),
        LANGUAGE("plaza.vocabulary.language.unknown");

        private final String unknownMessageKey;

        Kind(String unknownMessageKey) {
            this.unknownMessageKey = unknownMessageKey;
        }

        public String unknownMessageKey() {
            return unknownMessageKey;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
