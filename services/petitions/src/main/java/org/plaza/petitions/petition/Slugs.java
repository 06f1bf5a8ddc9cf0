package org.plaza.petitions.petition;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL names for petitions: lower-case ASCII words joined by hyphens ({@code agua-limpia-para-mecca}). */
final class Slugs {

    static final Pattern VALID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final int MAX_WORDS_LENGTH = 60;

    private Slugs() {
    }

    static String fromTitle(String title) {
        if (title == null) {
            return "";
        }
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (ascii.length() > MAX_WORDS_LENGTH) {
            ascii = ascii.substring(0, MAX_WORDS_LENGTH).replaceAll("-[^-]*$", "");
        }
        return ascii;
    }
}
