package org.plaza.campaigns.resident;

import java.text.NumberFormat;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Words and numbers for one page view in the resident's language: messages, counts, dates in the item's
 * time zone (the hub's default, America/Los_Angeles, when it names none) and the time left before a
 * deadline in plain words ("2 days and 4 hours"). Formats follow US conventions in both languages
 * (1,234 and 12-hour clocks), as residents of the valley read them.
 */
final class ResidentText {

    private final MessageSource messages;
    private final Locale locale;
    private final Locale formatLocale;
    private final ZoneId defaultZone;
    private final Instant now;

    ResidentText(MessageSource messages, Locale locale, ZoneId defaultZone, Instant now) {
        this.messages = messages;
        this.locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("es");
        this.formatLocale = Locale.forLanguageTag(this.locale.getLanguage() + "-US");
        this.defaultZone = defaultZone;
        this.now = now;
    }

    Locale locale() {
        return locale;
    }

    String message(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** A label for a code ({@code campaigns.activity.CANVASS}), or the code itself if there is none. */
    String label(String prefix, String code) {
        return code == null ? "" : messages.getMessage(prefix + code, null, code, locale);
    }

    String number(long value) {
        return NumberFormat.getIntegerInstance(formatLocale).format(value);
    }

    /** "Monday, May 11 at 12:00 PM Pacific Time". */
    String dateTime(Instant instant, String zone) {
        ZonedDateTime local = instant.atZone(zone(zone));
        return pattern("campaigns.format.date-time").format(local) + " (" + zoneName(local.getZone()) + ")";
    }

    /** "Saturday, April 18". */
    String date(Instant instant, String zone) {
        return pattern("campaigns.format.date").format(instant.atZone(zone(zone)));
    }

    String time(Instant instant, String zone) {
        return pattern("campaigns.format.time").format(instant.atZone(zone(zone)));
    }

    String zoneName(String zone) {
        return zoneName(zone(zone));
    }

    /** "March 2, 2026". */
    String longDate(LocalDate date) {
        return pattern("campaigns.format.long-date").format(date);
    }

    /** The time from now until the deadline, rounded down: days and hours, hours and minutes, or minutes. */
    String timeLeft(Instant deadline) {
        Duration left = Duration.between(now, deadline);
        if (left.isNegative() || left.toMinutes() < 1) {
            return message("campaigns.duration.under-a-minute");
        }
        long days = left.toDays();
        long hours = left.toHoursPart();
        long minutes = left.toMinutesPart();
        if (days > 0) {
            return both(message("campaigns.duration.days", days), hours, "campaigns.duration.hours");
        }
        if (hours > 0) {
            return both(message("campaigns.duration.hours", hours), minutes, "campaigns.duration.minutes");
        }
        return message("campaigns.duration.minutes", minutes);
    }

    private String both(String larger, long smaller, String smallerKey) {
        return smaller == 0 ? larger : message("campaigns.duration.and", larger, message(smallerKey, smaller));
    }

    private DateTimeFormatter pattern(String key) {
        return DateTimeFormatter.ofPattern(messages.getMessage(key, null, locale), formatLocale);
    }

    private String zoneName(ZoneId zone) {
        return zone.getDisplayName(TextStyle.FULL, formatLocale);
    }

    private ZoneId zone(String zone) {
        if (zone == null || zone.isBlank()) {
            return defaultZone;
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            return defaultZone;
        }
    }
}
