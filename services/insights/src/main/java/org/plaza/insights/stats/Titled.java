package org.plaza.insights.stats;

import java.util.Locale;

/** Something with a public title in both languages. */
public interface Titled {

    String titleEs();

    String titleEn();

    String id();

    /** The title in the reader's language, falling back to the other one and then to the id. */
    default String title(Locale locale) {
        String preferred = "en".equals(locale.getLanguage()) ? titleEn() : titleEs();
        String other = "en".equals(locale.getLanguage()) ? titleEs() : titleEn();
        if (preferred != null && !preferred.isBlank()) {
            return preferred;
        }
        return other != null && !other.isBlank() ? other : id();
    }
}
