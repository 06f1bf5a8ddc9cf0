package org.plaza.starter.sms;

import java.math.BigDecimal;

/**
 * Counts the segments of a text message the way carriers do (3GPP TS 23.038 and 23.040).
 * <p>
 * A text made only of characters of the GSM 03.38 default alphabet travels as GSM-7: 160 septets in one segment, 153
 * per segment when it is split (the rest is the concatenation header). The characters of the extension table
 * ({@code ^ { } \ [ ] ~ | €} and form feed) take two septets (an escape and the character), and a segment never ends
 * between the two. Any other character (also {@code á í ó ú}, which are not in the alphabet although {@code é ñ ü à}
 * are) makes the whole text UCS-2: 70 UTF-16 code units in one segment, 67 per segment when split, and a character
 * outside the Basic Multilingual Plane (an emoji) takes two units that are never split between segments.
 * <p>
 * Providers may substitute look-alikes ("smart encoding"); this counts the text as written, which is what is billed
 * when they do not.
 */
public final class SmsSegments {

    /** How a text is encoded on the air. */
    public enum Encoding {
        /** The GSM 03.38 7-bit default alphabet (with its extension table). */
        GSM_7(160, 153),
        /** UTF-16, for any text with a character outside GSM-7. */
        UCS_2(70, 67);

        private final int single;
        private final int perPart;

        Encoding(int single, int perPart) {
            this.single = single;
            this.perPart = perPart;
        }

        /** Units a text may take to fit in one segment. */
        public int singleSegmentUnits() {
            return single;
        }

        /** Units each segment of a split (concatenated) text carries. */
        public int unitsPerSegment() {
            return perPart;
        }
    }

    /**
     * How a text counts.
     *
     * @param encoding GSM-7 or UCS-2
     * @param units septets (GSM-7) or UTF-16 code units (UCS-2) the text takes
     * @param segments the segments it is sent (and billed) as; 0 for an empty text
     * @param characters the characters (code points) of the text, as a person counts them
     */
    public record Count(Encoding encoding, int units, int segments, int characters) {

        /** Whether the text travels as GSM-7. */
        public boolean gsm7() {
            return encoding == Encoding.GSM_7;
        }

        /** The price of sending it once, at {@code pricePerSegment}. */
        public BigDecimal cost(BigDecimal pricePerSegment) {
            return pricePerSegment.multiply(BigDecimal.valueOf(segments));
        }

        /** The price of sending it to {@code recipients} people, at {@code pricePerSegment}. */
        public BigDecimal cost(BigDecimal pricePerSegment, long recipients) {
            return cost(pricePerSegment).multiply(BigDecimal.valueOf(recipients));
        }
    }

    /** The GSM 03.38 default alphabet, in table order (0x1B, the escape, is left out). */
    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    /** The extension table: each takes an escape and itself. */
    private static final String EXTENSION = "\f^{}\\[~]|€";

    private SmsSegments() {
    }

    /** How {@code text} counts; null counts as empty. */
    public static Count count(String text) {
        String value = text == null ? "" : text;
        int characters = value.codePointCount(0, value.length());
        if (fitsGsm7(value)) {
            int[] widths = value.chars().map(c -> EXTENSION.indexOf(c) >= 0 ? 2 : 1).toArray();
            return new Count(Encoding.GSM_7, sum(widths), segments(widths, Encoding.GSM_7), characters);
        }
        int[] widths = value.codePoints().map(Character::charCount).toArray();
        return new Count(Encoding.UCS_2, value.length(), segments(widths, Encoding.UCS_2), characters);
    }

    /** Whether every character of {@code text} is in the GSM-7 default alphabet or its extension table. */
    public static boolean fitsGsm7(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u001B' || (BASIC.indexOf(c) < 0 && EXTENSION.indexOf(c) < 0)) {
                return false;
            }
        }
        return true;
    }

    /** The characters of {@code text} that force UCS-2, each once in order of appearance, for a hint to the writer. */
    public static String charactersOutsideGsm7(String text) {
        StringBuilder found = new StringBuilder();
        if (text == null) {
            return "";
        }
        text.codePoints().filter(cp -> !fitsGsm7(Character.toString(cp)))
                .filter(cp -> found.indexOf(Character.toString(cp)) < 0).forEach(found::appendCodePoint);
        return found.toString();
    }

    /**
     * Packs the characters, each {@code widths[i]} units wide and never split, into segments: one if they fit in a
     * single segment, otherwise as many concatenated segments as needed.
     */
    private static int segments(int[] widths, Encoding encoding) {
        int total = sum(widths);
        if (total == 0) {
            return 0;
        }
        if (total <= encoding.singleSegmentUnits()) {
            return 1;
        }
        int segments = 1;
        int used = 0;
        for (int width : widths) {
            if (used + width > encoding.unitsPerSegment()) {
                segments++;
                used = 0;
            }
            used += width;
        }
        return segments;
    }

    private static int sum(int[] widths) {
        int total = 0;
        for (int width : widths) {
            total += width;
        }
        return total;
    }
}
