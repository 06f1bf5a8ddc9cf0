package org.plaza.petitions.community;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.plaza.petitions.PetitionSettings;
import org.plaza.petitions.PetitionSettings.Community;
import org.springframework.stereotype.Component;

/**
 * The configured communities. Resolves what a resident typed (a community or a ZIP code) to one
 * community code, or says precisely why it cannot.
 */
@Component
public class Communities {

    /** The catch-all community for a ZIP code outside the configured ones, when it is configured. */
    public static final String OTHER = "OTHER";
    private static final Pattern ZIP = Pattern.compile("\\d{5}");

    private final Map<String, Community> byCode = new LinkedHashMap<>();
    private final Map<String, List<String>> codesByZip = new LinkedHashMap<>();

    public Communities(PetitionSettings settings) {
        for (Community community : settings.communities()) {
            byCode.put(community.code(), community);
            for (String zip : community.zipCodes()) {
                codesByZip.computeIfAbsent(zip, z -> new ArrayList<>()).add(community.code());
            }
        }
    }

    public List<Community> all() {
        return List.copyOf(byCode.values());
    }

    public boolean isKnown(String code) {
        return code != null && byCode.containsKey(code);
    }

    /** The community's name in the language of {@code locale}; the code itself when it is unknown. */
    public String name(String code, Locale locale) {
        Community community = byCode.get(code);
        if (community == null) {
            return code;
        }
        return "en".equals(locale.getLanguage()) ? community.nameEn() : community.nameEs();
    }

    /** Resolves a chosen community, or else a ZIP code, to one community code. */
    public Resolution resolve(String communityCode, String zipCode) {
        String code = blankToNull(communityCode);
        String zip = blankToNull(zipCode);
        if (code != null) {
            return isKnown(code) ? Resolution.of(code) : Resolution.problem("community", Problem.UNKNOWN_COMMUNITY);
        }
        if (zip == null) {
            return Resolution.problem("community", Problem.MISSING);
        }
        if (!ZIP.matcher(zip).matches()) {
            return Resolution.problem("zip", Problem.INVALID_ZIP);
        }
        List<String> codes = codesByZip.getOrDefault(zip, List.of());
        if (codes.size() == 1) {
            return Resolution.of(codes.get(0));
        }
        if (codes.size() > 1) {
            return Resolution.problem("community", Problem.SHARED_ZIP);
        }
        return isKnown(OTHER) ? Resolution.of(OTHER) : Resolution.problem("zip", Problem.UNKNOWN_ZIP);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Why a community could not be resolved; each has a message key {@code signature.community.<name>}. */
    public enum Problem {
        MISSING, UNKNOWN_COMMUNITY, INVALID_ZIP, SHARED_ZIP, UNKNOWN_ZIP;

        public String messageKey() {
            return "signature.community." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Either a community code or the field and problem that prevented one. */
    public record Resolution(String code, String field, Problem problem) {

        static Resolution of(String code) {
            return new Resolution(code, null, null);
        }

        static Resolution problem(String field, Problem problem) {
            return new Resolution(null, field, problem);
        }

        public Optional<String> communityCode() {
            return Optional.ofNullable(code);
        }
    }
}
