package org.plaza.notifications.channel.sms;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a resident's text asks for, in Spanish or English. A keyword is the whole text, in any case, with or without
 * accents and surrounding punctuation ("Alto.", "¡BAJA!", "ayuda?"); a sentence that contains one is not a keyword,
 * as with the carriers' and Twilio's own opt-out handling.
 */
public enum Keyword {

    /** Stop optional texts: STOP, ALTO, BAJA, CANCELAR and Twilio's standard STOPALL, UNSUBSCRIBE, END, QUIT, CANCEL. */
    STOP,
    /** Who is writing and how to stop: HELP, INFO, AYUDA. */
    HELP,
    /** Texts again: START, UNSTOP, ALTA. */
    START,
    /** Anything else. */
    OTHER;

    private static final Set<String> STOP_WORDS =
            Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "END", "QUIT", "CANCEL", "ALTO", "BAJA", "CANCELAR");
    private static final Set<String> HELP_WORDS = Set.of("HELP", "INFO", "AYUDA");
    private static final Set<String> START_WORDS = Set.of("START", "UNSTOP", "ALTA");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{P}\\s]+|[\\p{P}\\s]+$");

    /** The keyword a text is, or {@link #OTHER}. */
    public static Keyword of(String text) {
        if (text == null) {
            return OTHER;
        }
        String word = EDGE_PUNCTUATION.matcher(MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("")).replaceAll("").toUpperCase(Locale.ROOT);
        if (STOP_WORDS.contains(word)) {
            return STOP;
        }
        if (HELP_WORDS.contains(word)) {
            return HELP;
        }
        if (START_WORDS.contains(word)) {
            return START;
        }
        return OTHER;
    }
}
