package org.plaza.notifications.channel.sms;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The community's quiet hours: optional texts found due inside them wait until they end. The window may span
 * midnight (21:00–08:00) or not (13:00–14:00); daylight-saving changes follow the zone's rules.
 */
public final class QuietHours {

    private final LocalTime start;
    private final LocalTime end;
    private final ZoneId zone;

    public QuietHours(LocalTime start, LocalTime end, ZoneId zone) {
        this.start = start;
        this.end = end;
        this.zone = zone;
    }

    static QuietHours of(SmsSettings.QuietHoursSettings settings) {
        return new QuietHours(settings.start(), settings.end(), settings.zone());
    }

    /** When quiet hours that contain {@code now} end; empty when {@code now} is outside them. */
    public Optional<Instant> endOf(Instant now) {
        if (start.equals(end)) {
            return Optional.empty();
        }
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        LocalDate day = local.toLocalDate();
        boolean spansMidnight = start.isAfter(end);
        if (spansMidnight) {
            if (!time.isBefore(start)) {
                return Optional.of(ZonedDateTime.of(day.plusDays(1), end, zone).toInstant());
            }
            if (time.isBefore(end)) {
                return Optional.of(ZonedDateTime.of(day, end, zone).toInstant());
            }
            return Optional.empty();
        }
        if (!time.isBefore(start) && time.isBefore(end)) {
            return Optional.of(ZonedDateTime.of(day, end, zone).toInstant());
        }
        return Optional.empty();
    }
}
