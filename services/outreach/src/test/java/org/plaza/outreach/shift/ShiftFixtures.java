package org.plaza.outreach.shift;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Shifts for tests, built without the scheduling rules (so a test can have one that has already started). */
public final class ShiftFixtures {

    private ShiftFixtures() {
    }

    public static Shift shift(String id, int capacity, Instant startsAt) {
        return new Shift(id, "cmp_test", Activity.CANVASS, "Tocar puertas", "Door knocking", null, null, "MECCA",
                "Centro comunitario", Shift.placeKey("MECCA", "Centro comunitario"), startsAt,
                startsAt.plus(3, ChronoUnit.HOURS), "America/Los_Angeles", capacity, 0, List.of("es"), List.of(), null, null,
                0, "staff-1", "staff-1", startsAt.minus(10, ChronoUnit.DAYS), Shift.Status.SCHEDULED, null, null);
    }
}
