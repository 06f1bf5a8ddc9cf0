package org.plaza.insights.health;

import java.util.regex.Pattern;

/**
 * Scrubs what an error message might quote from a payload before it is stored or shown: email
 * addresses, phone-like digit runs and IP addresses, then shortens it.
 */
final class Redaction {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern IPV4 = Pattern.compile("\\b\\d{1,3}(\\.\\d{1,3}){3}\\b");
    private static final Pattern DIGITS = Pattern.compile("\\+?\\d[\\d ().-]{6,}\\d");
    static final int MAX_LENGTH = 300;

    private Redaction() {
    }

    static String scrub(String text) {
        if (text == null) {
            return null;
        }
        String scrubbed = EMAIL.matcher(text).replaceAll("[email]");
        scrubbed = IPV4.matcher(scrubbed).replaceAll("[ip]");
        scrubbed = DIGITS.matcher(scrubbed).replaceAll("[number]");
        scrubbed = scrubbed.replaceAll("\\s+", " ").strip();
        return scrubbed.length() > MAX_LENGTH ? scrubbed.substring(0, MAX_LENGTH - 1) + "…" : scrubbed;
    }
}
