package org.plaza.starter.find;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How Plaza compares Spanish and English words: decomposed (NFD), without combining marks, lower case in
 * {@link Locale#ROOT}, so "Participación", "participacion" and "PARTICIPACION" are the same word. Words are runs of
 * letters and digits; everything else separates them, so a word never holds a character that means something in
 * a regular expression.
 */
public final class SearchText {

    /** At most this many words of a resident's query are used; the rest is ignored. */
    public static final int MAX_QUERY_WORDS = 8;
    /** At most this many distinct words of an item are indexed. */
    public static final int MAX_INDEXED_WORDS = 2_000;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {
    }

    /** The text decomposed, without accents or other combining marks, in lower case; "" for null. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The distinct normalized words of a resident's query, in order, at most {@value #MAX_QUERY_WORDS}. */
    public static List<String> queryWords(String query) {
        return words(List.of(query == null ? "" : query), MAX_QUERY_WORDS);
    }

    /** The distinct normalized words of an item's texts (nulls skipped), at most {@value #MAX_INDEXED_WORDS}. */
    public static List<String> indexWords(Collection<String> texts) {
        return words(texts, MAX_INDEXED_WORDS);
    }

    private static List<String> words(Collection<String> texts, int limit) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            for (String word : SEPARATORS.split(normalize(text))) {
                if (!word.isEmpty()) {
                    words.add(word);
                    if (words.size() == limit) {
                        return new ArrayList<>(words);
                    }
                }
            }
        }
        return new ArrayList<>(words);
    }
}
