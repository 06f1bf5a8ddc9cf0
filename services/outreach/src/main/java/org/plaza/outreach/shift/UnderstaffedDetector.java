package org.plaza.outreach.shift;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.plaza.outreach.support.OutreachSettings;
import org.plaza.starter.jobs.PlazaJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Looks for shifts starting within the lead time (48 h) that are still under their minimum, and has each
 * announce it once ({@code ShiftUnderstaffed}); the announcement is what invites volunteers. The flag is
 * saved with the event, so a restart neither misses a shift nor announces it twice.
 */
@Component
public class UnderstaffedDetector {

    private static final Logger log = LoggerFactory.getLogger(UnderstaffedDetector.class);

    private final Shifts shifts;
    private final Seats seats;
    private final OutreachSettings settings;
    private final Clock clock;

    UnderstaffedDetector(Shifts shifts, Seats seats, OutreachSettings settings, Clock clock) {
        this.shifts = shifts;
        this.seats = seats;
        this.settings = settings;
        this.clock = clock;
    }

    /** The check as the job {@code outreach.understaffed}: at start, then every {@code understaffed.check-interval}. */
    @Bean
    static PlazaJob understaffedJob(UnderstaffedDetector detector, OutreachSettings settings) {
        return PlazaJob.every("outreach.understaffed", settings.understaffed().checkInterval(),
                () -> detector.detect(detector.clock.instant())).startingAfter(Duration.ZERO);
    }

    /** Flags every shift under its minimum that starts within the lead time of {@code now}; returns how many. */
    public int detect(Instant now) {
        int flagged = 0;
        for (Shift shift : shifts.findByStatusAndUnderstaffedAtIsNullAndStartsAtBetween(Shift.Status.SCHEDULED, now,
                now.plus(settings.understaffed().leadTime()))) {
            if (shift.minimumVolunteers() <= 0) {
                continue;
            }
            Seats.Ledger ledger = seats.ledger(shift.id()).orElse(null);
            int openSpots = ledger == null ? shift.capacity() : ledger.openSpots();
            int signedUp = ledger == null ? 0 : ledger.seated().size();
            if (shift.flagUnderstaffed(signedUp, openSpots, now)) {
                try {
                    shifts.save(shift);
                    flagged++;
                } catch (OptimisticLockingFailureException changed) {
                    log.debug("Shift {} changed while being checked; the next check looks again", shift.id());
                }
            }
        }
        return flagged;
    }
}
