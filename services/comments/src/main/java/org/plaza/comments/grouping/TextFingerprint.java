package org.plaza.comments.grouping;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.plaza.comments.support.Secrets;

/**
 * What makes two comments "the same text": the text normalized (accents, case, punctuation and spacing
 * ignored), its word 3-shingles (single words for very short texts), and a MinHash signature whose
 * bands find likely look-alikes without comparing every pair. Similarity itself is always the exact
 * Jaccard index of the shingle sets.
 */
final class TextFingerprint {

    static final int BANDS = 16;
    static final int ROWS = 3;
    static final int SHINGLE_WORDS = 3;
    private static final long[] SEEDS = seeds(BANDS * ROWS);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final String normalized;
    private final Set<Long> shingles;

    private TextFingerprint(String normalized, Set<Long> shingles) {
        this.normalized = normalized;
        this.shingles = shingles;
    }

    static TextFingerprint of(String text) {
        String normalized = normalize(text == null ? "" : text);
        String basis = normalized.isEmpty() ? (text == null ? "" : text.strip()) : normalized;
        List<String> words = basis.isEmpty() ? List.of() : Arrays.asList(basis.split(" "));
        Set<Long> shingles = new HashSet<>();
        if (words.size() < SHINGLE_WORDS) {
            words.forEach(word -> shingles.add(hash(word)));
        } else {
            for (int i = 0; i + SHINGLE_WORDS <= words.size(); i++) {
                shingles.add(hash(String.join(" ", words.subList(i, i + SHINGLE_WORDS))));
            }
        }
        return new TextFingerprint(basis, Set.copyOf(shingles));
    }

    static String normalize(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return NON_WORD.matcher(plain).replaceAll(" ").strip();
    }

    /** Identical after normalization means the same key. */
    String exactKey() {
        return Secrets.sha256(normalized).substring(0, 32);
    }

    double similarity(TextFingerprint other) {
        if (shingles.isEmpty() && other.shingles.isEmpty()) {
            return normalized.equals(other.normalized) ? 1.0 : 0.0;
        }
        int common = 0;
        Set<Long> smaller = shingles.size() <= other.shingles.size() ? shingles : other.shingles;
        Set<Long> larger = smaller == shingles ? other.shingles : shingles;
        for (Long shingle : smaller) {
            if (larger.contains(shingle)) {
                common++;
            }
        }
        int union = shingles.size() + other.shingles.size() - common;
        return union == 0 ? 0.0 : (double) common / union;
    }

    /** One key per band of the MinHash signature; texts sharing any key are candidates. */
    List<String> bandKeys() {
        long[] signature = new long[SEEDS.length];
        Arrays.fill(signature, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < SEEDS.length; i++) {
                long value = mix(shingle ^ SEEDS[i]);
                if (value < signature[i]) {
                    signature[i] = value;
                }
            }
        }
        List<String> keys = new ArrayList<>(BANDS);
        for (int band = 0; band < BANDS; band++) {
            long combined = 17;
            for (int row = 0; row < ROWS; row++) {
                combined = mix(combined * 31 + signature[band * ROWS + row]);
            }
            keys.add(band + ":" + Long.toHexString(combined));
        }
        return keys;
    }

    String normalized() {
        return normalized;
    }

    private static long hash(String value) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return mix(hash);
    }

    /** SplitMix64 finalizer: spreads bits so each seed acts as an independent hash function. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds(int count) {
        long[] seeds = new long[count];
        long state = 0x5eed_c0de_2026L;
        for (int i = 0; i < count; i++) {
            state += 0x9e3779b97f4a7c15L;
            seeds[i] = mix(state);
        }
        return seeds;
    }
}
