package org.plaza.campaigns.campaign;

import java.util.Locale;

/** A text written in Spanish and in English; either may be missing while a campaign is a draft. */
public record LocalizedText(String es, String en) {

    public static final LocalizedText EMPTY = new LocalizedText(null, null);

    public LocalizedText {
        es = clean(es);
        en = clean(en);
    }

    /** Whether neither language is written (not a bean property, so it stays out of the JSON). */
    public boolean hasNoLanguage() {
        return es == null && en == null;
    }

    /** The text in the locale's language (Spanish unless English is asked for), or the other one if it is missing. */
    public String in(Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        String preferred = english ? en : es;
        return preferred != null ? preferred : (english ? es : en);
    }

    static LocalizedText orEmpty(LocalizedText text) {
        return text == null ? EMPTY : text;
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip().replace("\r\n", "\n");
        return trimmed.isEmpty() ? null : trimmed;
    }
}
