package org.plaza.outreach.support;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Times as organizers type them and residents read them: wall-clock times in the service's zone. */
@Component
public class Times {

    private final ZoneId zone;

    Times(OutreachSettings settings) {
        this.zone = settings.timeZone();
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * The instant of a wall-clock time in the zone; empty when that time does not exist (the hour skipped
     * when daylight saving time starts). A repeated hour (when it ends) means its first occurrence.
     */
    public Optional<Instant> instantOf(LocalDateTime local) {
        if (zone.getRules().getValidOffsets(local).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ZonedDateTime.ofLocal(local, zone, null).toInstant());
    }

    public LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone);
    }

    /** For example "sábado, 14 de marzo de 2026, 9:00 – 12:00" or "Saturday, March 14, 2026, 9:00 AM – 12:00 PM". */
    public String span(Instant start, Instant end, Locale locale) {
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        String text = date.format(from) + ", " + time.format(from) + " – ";
        if (!from.toLocalDate().equals(to.toLocalDate())) {
            text += date.format(to) + ", ";
        }
        return text + time.format(to);
    }

    /** For example "sábado, 14 de marzo de 2026". */
    public String date(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(instant.atZone(zone));
    }
}
