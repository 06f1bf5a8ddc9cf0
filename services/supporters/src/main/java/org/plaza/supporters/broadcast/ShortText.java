package org.plaza.supporters.broadcast;

/**
 * A broadcast's text message in both languages, plain text as the organizer typed it. Notifications sends it after the
 * organization's name and before how to stop ({@link TextPreview#asSent}); each version is kept to a few SMS segments.
 *
 * @param es the Spanish version
 * @param en the English version
 */
public record ShortText(String es, String en) {

    /** The most characters a version may have: a bound for the form, not the rule (segments are). */
    public static final int MAX_LENGTH = 1000;

    public ShortText {
        es = tidy(es);
        en = tidy(en);
    }

    /** No text in either language. */
    public static ShortText none() {
        return new ShortText("", "");
    }

    /** The version for {@code language}: English for {@code en}, Spanish otherwise. */
    public String in(String language) {
        return "en".equals(language) ? en : es;
    }

    public boolean isEmpty() {
        return es.isEmpty() && en.isEmpty();
    }

    /** Without blanks around it, and with one character per line break (as a browser may send two). */
    private static String tidy(String text) {
        return text == null ? "" : text.strip().replace("\r\n", "\n");
    }
}
