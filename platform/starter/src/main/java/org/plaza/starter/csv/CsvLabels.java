package org.plaza.starter.csv;

import java.util.Arrays;
import java.util.Locale;

import org.plaza.starter.vocabulary.Vocabulary;
import org.springframework.context.MessageSource;

/**
 * The cells of an export as its reader reads them, in the export's language: a community, a language or an issue
 * area by its name in the platform {@link Vocabulary} ("Oasis", "Español"), yes or no for a flag ("Sí", "Yes"), any
 * other code by a message of the service ({@code prefix + code}, the code itself without one), and the header row from
 * message keys. Imports read these names back ({@link Vocabulary#typedCode}), so an export can be typed in again. The
 * writer still guards every text cell against formulas ({@link CsvWriter#neutralize(String)}).
 */
public final class CsvLabels {

    private final Vocabulary vocabulary;
    private final MessageSource messages;
    private final Locale locale;

    private CsvLabels(Vocabulary vocabulary, MessageSource messages, Locale locale) {
        this.vocabulary = vocabulary;
        this.messages = messages;
        this.locale = locale;
    }

    /** Labels for an export in {@code locale}'s language. */
    public static CsvLabels of(Vocabulary vocabulary, MessageSource messages, Locale locale) {
        return new CsvLabels(vocabulary, messages, locale);
    }

    /** The header row: the message of {@code prefix + column} for each column. */
    public String[] header(String prefix, String... columns) {
        return Arrays.stream(columns).map(column -> messages.getMessage(prefix + column, null, locale))
                .toArray(String[]::new);
    }

    public String community(String code) {
        return code == null ? "" : vocabulary.communityName(code, locale);
    }

    public String language(String code) {
        return code == null ? "" : vocabulary.languageName(code, locale);
    }

    public String issueArea(String code) {
        return code == null ? "" : vocabulary.issueAreaName(code, locale);
    }

    /** "Yes" or "No" in the export's language; an empty cell when unknown. */
    public String yesNo(Boolean value) {
        return value == null ? "" : messages.getMessage(value ? "plaza.csv.yes" : "plaza.csv.no", null, locale);
    }

    /** The message of {@code prefix + code} ({@code export.channel.PAPER_FORM}); the code itself without one. */
    public String named(String prefix, Object code) {
        if (code == null) {
            return "";
        }
        String text = String.valueOf(code);
        return messages.getMessage(prefix + text, null, text, locale);
    }
}
