package org.plaza.comments.support;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/** Dates and times as residents read them: in the public body's time zone and the reader's language. */
public final class DateTexts {

    private DateTexts() {
    }

    /** For example "martes, 12 de mayo de 2026, 17:00 (hora del Pacífico)". */
    public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        return date.format(instant.atZone(zone)) + ", " + time.format(instant.atZone(zone)) + " ("
                + zone.getDisplayName(TextStyle.FULL, locale) + ")";
    }

    /** The time left split in days, hours and minutes (minutes rounded up, so it never shows 0 too early). */
    public static long[] daysHoursMinutes(Instant now, Instant until) {
        Duration left = Duration.between(now, until);
        if (left.isNegative() || left.isZero()) {
            return new long[] { 0, 0, 0 };
        }
        long minutes = (left.toSeconds() + 59) / 60;
        return new long[] { minutes / (24 * 60), (minutes / 60) % 24, minutes % 60 };
    }
}
