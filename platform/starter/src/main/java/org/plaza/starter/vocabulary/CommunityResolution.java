package org.plaza.starter.vocabulary;

import java.util.Locale;
import java.util.Optional;

/**
 * What {@link Vocabulary#resolveCommunity} made of a resident's community or ZIP code: a community code, or the
 * field and the problem that prevented one.
 */
public record CommunityResolution(String code, String field, Problem problem) {

    static CommunityResolution of(String code) {
        return new CommunityResolution(code, null, null);
    }

    static CommunityResolution problem(String field, Problem problem) {
        return new CommunityResolution(null, field, problem);
    }

    public Optional<String> communityCode() {
        return Optional.ofNullable(code);
    }

    /** Why no community; each has a bilingual message {@code plaza.vocabulary.community.<name>}. */
    public enum Problem {
        MISSING, UNKNOWN, INVALID_ZIP, SHARED_ZIP, UNKNOWN_ZIP;

        public String messageKey() {
            return "plaza.vocabulary.community." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
