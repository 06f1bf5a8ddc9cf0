package org.plaza.outreach.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.plaza.outreach.support.OutreachSettings;
import org.plaza.outreach.support.SeatLedger;
import org.plaza.starter.jobs.PlazaJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Finishes RSVPs a crash left between a meeting's seat ledger and the RSVP's document, as the sign-ups' reconciler
 * does for shifts: a confirmation that took a place or a spot but was never saved, a cancellation asked for but
 * not finished, a place the ledger gave to the first in line who was never told, a place still held for an RSVP
 * that no longer counts. Without it such a place stays taken until the meeting starts. Runs at start-up and then
 * every {@code plaza.outreach.reconcile-interval}.
 * <p>
 * A cancellation is finished once it is older than {@code reconcile-min-age}. What the ledger holds and the RSVPs
 * do not show is acted on only when the next pass still finds it, so a confirmation or a promotion in progress
 * (ledger first, then the RSVP) is never taken for an interrupted one.
 */
@Component
class MeetingReconciler {

    private static final Logger log = LoggerFactory.getLogger(MeetingReconciler.class);
    private static final List<Rsvp.Status> ACTIVE = List.of(Rsvp.Status.GOING, Rsvp.Status.WAITLISTED);
    private static final int PAGE = 200;

    private final Meetings meetings;
    private final Rsvps rsvps;
    private final MeetingSeats seats;
    private final RsvpService service;
    private final OutreachSettings settings;
    private final Clock clock;
    private Set<String> suspects = Set.of();

    MeetingReconciler(Meetings meetings, Rsvps rsvps, MeetingSeats seats, RsvpService service,
            OutreachSettings settings, Clock clock) {
        this.meetings = meetings;
        this.rsvps = rsvps;
        this.seats = seats;
        this.service = service;
        this.settings = settings;
        this.clock = clock;
    }

    /** Reconciling as the job {@code outreach.meeting-reconciler}: at start, then every {@code reconcile-interval}. */
    @Bean
    static PlazaJob meetingReconcilerJob(MeetingReconciler reconciler, OutreachSettings settings) {
        return PlazaJob.every("outreach.meeting-reconciler", settings.reconcileInterval(), reconciler::reconcile)
                .startingAfter(Duration.ZERO);
    }

    /** Returns how many RSVPs it completed. */
    synchronized int reconcile() {
        Instant now = clock.instant();
        int completed = 0;
        for (Rsvp asked : rsvps.findByStatusInAndCancelRequestedAtBefore(ACTIVE, now.minus(settings.reconcileMinAge()))) {
            completed += attempt(asked.id());
        }
        Set<String> found = new HashSet<>();
        for (int page = 0;; page++) {
            List<Meeting> upcoming = meetings.findByEndsAtAfterOrderByStartsAtAsc(now, PageRequest.of(page, PAGE));
            upcoming.stream().filter(meeting -> meeting.open(now)).forEach(meeting -> found.addAll(unsettled(meeting)));
            if (upcoming.size() < PAGE) {
                break;
            }
        }
        for (String rsvpId : found) {
            if (suspects.contains(rsvpId)) {
                completed += attempt(rsvpId);
            }
        }
        suspects = found;
        if (completed > 0) {
            log.info("Completed {} RSVP(s) left half-done", completed);
        }
        return completed;
    }

    /**
     * The RSVPs whose ledger entry does not match their document: held but neither going nor waiting, or waiting
     * with a place. The RSVPs are read before the ledger: an RSVP going or waiting was in the ledger before it was
     * saved so.
     */
    private Set<String> unsettled(Meeting meeting) {
        List<Rsvp> active = rsvps.findByMeetingIdAndStatusInOrderByConfirmedAtAsc(meeting.id(), ACTIVE);
        Optional<SeatLedger.Ledger> ledger = seats.ledger(meeting.id());
        if (ledger.isEmpty()) {
            return Set.of();
        }
        Set<String> unsettled = new HashSet<>(ledger.get().seated());
        unsettled.addAll(ledger.get().waitlist());
        for (Rsvp rsvp : active) {
            boolean promotedUntold = rsvp.status() == Rsvp.Status.WAITLISTED && ledger.get().seated().contains(rsvp.id());
            if (!promotedUntold) {
                unsettled.remove(rsvp.id());
            }
        }
        return unsettled;
    }

    private int attempt(String rsvpId) {
        try {
            return service.reconcile(rsvpId) ? 1 : 0;
        } catch (RuntimeException e) {
            log.debug("RSVP {} could not be completed now: {}", rsvpId, e.toString());
            return 0;
        }
    }
}
