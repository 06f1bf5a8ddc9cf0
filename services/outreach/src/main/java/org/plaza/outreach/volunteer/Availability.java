package org.plaza.outreach.volunteer;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;

/** When a volunteer is usually free; labels in the bundles as {@code volunteer.availability.<NAME>}. */
public enum Availability {
    WEEKDAY_MORNING, WEEKDAY_AFTERNOON, WEEKDAY_EVENING, WEEKEND_MORNING, WEEKEND_AFTERNOON, WEEKEND_EVENING;

    /** The slot a local start time falls in: mornings before 12:00, afternoons before 17:00, evenings after. */
    public static Availability of(ZonedDateTime start) {
        boolean weekend = start.getDayOfWeek() == DayOfWeek.SATURDAY || start.getDayOfWeek() == DayOfWeek.SUNDAY;
        int hour = start.getHour();
        int part = hour < 12 ? 0 : hour < 17 ? 1 : 2;
        return values()[(weekend ? 3 : 0) + part];
    }
}
