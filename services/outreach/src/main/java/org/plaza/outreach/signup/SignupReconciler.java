package org.plaza.outreach.signup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.plaza.outreach.shift.Seats;
import org.plaza.outreach.shift.Shift;
import org.plaza.outreach.shift.Shifts;
import org.plaza.outreach.support.OutreachSettings;
import org.plaza.starter.jobs.PlazaJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Completes sign-ups a crash (or a race) left between the ledger and the document: requested ones that never
 * got an answer, cancellations that never finished, waitlisted ones the ledger already promoted, and places
 * the ledger still holds for sign-ups that have ended. Runs at start-up and then every
 * {@code plaza.outreach.reconcile-interval}.
 */
@Component
class SignupReconciler {

    private static final Logger log = LoggerFactory.getLogger(SignupReconciler.class);

    private final Signups signups;
    private final Seats seats;
    private final Shifts shifts;
    private final SignupService service;
    private final OutreachSettings settings;
    private final Clock clock;

    SignupReconciler(Signups signups, Seats seats, Shifts shifts, SignupService service, OutreachSettings settings,
            Clock clock) {
        this.signups = signups;
        this.seats = seats;
        this.shifts = shifts;
        this.service = service;
        this.settings = settings;
        this.clock = clock;
    }

    /** Reconciling as the job {@code outreach.signup-reconciler}: at start, then every {@code reconcile-interval}. */
    @Bean
    static PlazaJob signupReconcilerJob(SignupReconciler reconciler, OutreachSettings settings) {
        return PlazaJob.every("outreach.signup-reconciler", settings.reconcileInterval(), reconciler::reconcile)
                .startingAfter(Duration.ZERO);
    }

    /** Returns how many sign-ups it completed. */
    int reconcile() {
        Instant now = clock.instant();
        int completed = 0;
        for (Signup signup : signups.findByStatusInAndRequestedAtBefore(
                List.of(Signup.Status.REQUESTED, Signup.Status.CANCELLING), now.minus(settings.reconcileMinAge()))) {
            completed += attempt(signup);
        }
        for (Shift shift : shifts.findByStatusAndStartsAtAfterOrderByStartsAtAsc(Shift.Status.SCHEDULED, now)) {
            Seats.Ledger ledger = seats.ledger(shift.id()).orElse(null);
            if (ledger == null) {
                continue;
            }
            Set<String> held = new HashSet<>(ledger.seated());
            held.addAll(ledger.waitlist());
            for (Signup signup : signups.findAllById(held)) {
                if (!signup.status().active()) {
                    service.releaseEnded(signup);
                    completed++;
                } else if (signup.status() == Signup.Status.WAITLISTED && ledger.seated().contains(signup.id())) {
                    completed += attempt(signup);
                }
            }
        }
        if (completed > 0) {
            log.info("Completed {} sign-up(s) left half-done", completed);
        }
        return completed;
    }

    private int attempt(Signup signup) {
        try {
            Signup after = service.reconcile(signup);
            return after.status() != signup.status() ? 1 : 0;
        } catch (RuntimeException e) {
            log.debug("Sign-up {} could not be completed now: {}", signup.id(), e.toString());
            return 0;
        }
    }
}
