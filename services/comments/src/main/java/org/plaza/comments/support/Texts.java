package org.plaza.comments.support;

import java.text.Normalizer;

/**
 * Checks and tidies text that people type: line endings become {@code \n}, the text is NFC-normalized
 * and trimmed, and control characters (other than line breaks and tabs in multi-line text) or
 * direction overrides are refused rather than silently removed.
 */
public final class Texts {

    private Texts() {
    }

    /** Trimmed, NFC, {@code \r\n} and {@code \r} as {@code \n}; null stays null. */
    public static String tidy(String text) {
        if (text == null) {
            return null;
        }
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(unified, Normalizer.Form.NFC).strip();
    }

    /** Whether the text holds a character people cannot see or that changes how text around it reads. */
    public static boolean hasControlCharacters(String text, boolean multiLine) {
        if (text == null) {
            return false;
        }
        return text.codePoints().anyMatch(c -> isForbidden(c, multiLine));
    }

    private static boolean isForbidden(int c, boolean multiLine) {
        if (c == '\n' || c == '\t') {
            return !multiLine;
        }
        if (Character.getType(c) == Character.CONTROL) {
            return true;
        }
        boolean directionOverride = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
        boolean invisibleOrPrivate = c == 0xFEFF || Character.getType(c) == Character.PRIVATE_USE
                || Character.getType(c) == Character.UNASSIGNED || Character.getType(c) == Character.SURROGATE;
        return directionOverride || invisibleOrPrivate;
    }

    /** Length as people count it: code points, not UTF-16 units. */
    public static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }
}
