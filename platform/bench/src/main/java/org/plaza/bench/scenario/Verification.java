package org.plaza.bench.scenario;

import java.util.LinkedHashMap;
import java.util.Map;

/** The exactness check of a run: the counts compared, and whether they agree. */
public record Verification(boolean passed, Map<String, Long> counts, String explanation) {

    /**
     * Nothing acknowledged is lost and nothing is counted twice: {@code stored} lies between
     * {@code acknowledged} and {@code acknowledged + ambiguous}, and every other count equals {@code stored}.
     */
    public static Verification exact(String explanation, long acknowledged, long ambiguous, long stored,
            Map<String, Long> countsThatMustEqualStored) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("acknowledged", acknowledged);
        counts.put("ambiguous", ambiguous);
        counts.put("stored", stored);
        counts.putAll(countsThatMustEqualStored);
        boolean passed = stored >= acknowledged && stored <= acknowledged + ambiguous
                && countsThatMustEqualStored.values().stream().allMatch(count -> count == stored);
        return new Verification(passed, counts, explanation);
    }
}
