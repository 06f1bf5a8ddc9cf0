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

    /** This check and another condition (a capacity never exceeded), with its counts added. */
    public Verification and(String explanation, boolean holds, Map<String, Long> moreCounts) {
        Map<String, Long> all = new LinkedHashMap<>(counts);
        all.putAll(moreCounts);
        return new Verification(passed && holds, all, this.explanation + "; " + explanation);
    }

    /** Several scenarios' checks as one (a mixed run): passes when each passes; counts prefixed by part. */
    public static Verification all(Map<String, Verification> parts) {
        Map<String, Long> counts = new LinkedHashMap<>();
        StringBuilder explanation = new StringBuilder();
        boolean passed = true;
        for (Map.Entry<String, Verification> part : parts.entrySet()) {
            part.getValue().counts().forEach((name, count) -> counts.put(part.getKey() + "." + name, count));
            explanation.append(explanation.length() == 0 ? "" : "; ").append(part.getKey()).append(": ")
                    .append(part.getValue().explanation()).append(part.getValue().passed() ? "" : " (FAILED)");
            passed &= part.getValue().passed();
        }
        return new Verification(passed, counts, explanation.toString());
    }
}
