package org.plaza.outreach.signup;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import org.plaza.events.outreach.ShiftCancelled.CancelledBy;
import org.plaza.outreach.shift.Seats;
import org.plaza.outreach.shift.Shift;
import org.plaza.outreach.shift.Shifts;
import org.plaza.outreach.support.SeatLedger.Ledger;
import org.plaza.outreach.support.SeatLedger.Release;
import org.plaza.outreach.training.TrainingCompletion;
import org.plaza.outreach.training.TrainingCompletions;
import org.plaza.outreach.training.Trainings;
import org.plaza.outreach.volunteer.Volunteer;
import org.plaza.outreach.volunteer.VolunteerContact;
import org.plaza.outreach.volunteer.Volunteers;
import org.plaza.starter.id.Ids;
import org.plaza.starter.mongo.Retries;
import org.plaza.starter.problem.PlazaProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Taking and giving up places. The seat ledger decides atomically (a place, a spot in line, or neither);
 * the sign-up document then records and announces the decision, and with the first decision hands the volunteer's
 * details to the supporters service. Every step can be repeated, so a request
 * that died half-way is completed by {@link #reconcile(Signup)} with the same outcome.
 */
@Service
public class SignupService {

    private static final Logger log = LoggerFactory.getLogger(SignupService.class);
    private static final int MAX_ATTEMPTS = 20;

    private final Signups signups;
    private final Shifts shifts;
    private final Seats seats;
    private final Volunteers volunteers;
    private final Trainings trainings;
    private final TrainingCompletions completions;
    private final ShiftMail mail;
    private final VolunteerContact contact;
    private final Clock clock;
    private final MeterRegistry meters;

    SignupService(Signups signups, Shifts shifts, Seats seats, Volunteers volunteers, Trainings trainings,
            TrainingCompletions completions, ShiftMail mail, VolunteerContact contact, Clock clock,
            MeterRegistry meters) {
        this.signups = signups;
        this.shifts = shifts;
        this.seats = seats;
        this.volunteers = volunteers;
        this.trainings = trainings;
        this.completions = completions;
        this.mail = mail;
        this.contact = contact;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * Signs the volunteer up: a place if one is free, else a spot on the waitlist.
     *
     * @throws PlazaProblem 404 for an unknown shift or volunteer; 409 for a cancelled or started shift, a missing
     *                      training, or an active sign-up for the same shift (its id is in the problem's detail)
     */
    public Signup signUp(String shiftId, String volunteerId, String role) {
        Instant now = clock.instant();
        Shift shift = shifts.findById(shiftId)
                .orElseThrow(() -> PlazaProblem.notFound("shift-not-found", "outreach.problem.shift-not-found"));
        Volunteer volunteer = volunteers.findById(volunteerId)
                .orElseThrow(() -> PlazaProblem.notFound("volunteer-not-found", "outreach.problem.volunteer-not-found"));
        refuseClosed(shift, now);
        String chosenRole = role(shift, role);
        if (shift.requiredTrainingId() != null
                && !completions.existsById(TrainingCompletion.idOf(shift.requiredTrainingId(), volunteerId))) {
            String title = trainings.findById(shift.requiredTrainingId())
                    .map(t -> t.title(LocaleContextHolder.getLocale())).orElse(shift.requiredTrainingId());
            meters.counter("plaza.outreach.signups", "outcome", "refused", "reason", "training").increment();
            throw PlazaProblem.conflict("training-required", "outreach.problem.training-required", title);
        }
        Signup signup;
        try {
            signup = signups.insert(Signup.request(Ids.next("sgn", now), shiftId, shift.campaignId(), volunteerId,
                    volunteer.supporterId(), chosenRole, CheckInCodes.next(), shift.startsAt(), shift.endsAt(), now));
        } catch (DuplicateKeyException alreadyActive) {
            meters.counter("plaza.outreach.signups", "outcome", "refused", "reason", "duplicate").increment();
            throw PlazaProblem.conflict("already-signed-up", "outreach.problem.already-signed-up");
        }
        Signup placed = place(signup, shift, volunteer, now);
        meters.counter("plaza.outreach.signups", "outcome", placed.status().name().toLowerCase(Locale.ROOT),
                "reason", "none").increment();
        return placed;
    }

    /** The volunteer's active sign-up for a shift, if any. */
    public Optional<Signup> active(String shiftId, String volunteerId) {
        return signups.findByActiveKey(Signup.activeKeyOf(shiftId, volunteerId));
    }

    /**
     * Cancels a sign-up (through the volunteer's personal link, or by an organizer). A freed place goes to the
     * first volunteer in line, who is told. Cancelling a cancelled sign-up changes nothing.
     */
    public Signup cancel(String signupId, CancelledBy by, String staffId) {
        Instant now = clock.instant();
        Signup signup = update(signupId, s -> {
            s.requestCancel(by, staffId, now);
            return s.status() == Signup.Status.CANCELLING;
        });
        return finishCancel(signup, now);
    }

    /** Completes a sign-up that a crash (or a race) left between two steps, from what the ledger says. */
    public Signup reconcile(Signup signup) {
        Instant now = clock.instant();
        Ledger ledger = seats.ledger(signup.shiftId()).orElse(null);
        boolean seated = ledger != null && ledger.seated().contains(signup.id());
        boolean waiting = ledger != null && ledger.waitlist().contains(signup.id());
        switch (signup.status()) {
            case REQUESTED -> {
                Shift shift = shifts.findById(signup.shiftId()).orElseThrow();
                Volunteer volunteer = volunteers.findById(signup.volunteerId()).orElseThrow();
                if (seated) {
                    return confirm(signup.id(), shift, volunteer, ledger.openSpots(), now);
                }
                if (waiting) {
                    return waitlist(signup.id(), shift, volunteer, ledger.waitlistPosition(signup.id()), now);
                }
                return place(signup, shift, volunteer, now);
            }
            case WAITLISTED -> {
                if (seated) {
                    Shift shift = shifts.findById(signup.shiftId()).orElseThrow();
                    Volunteer volunteer = volunteers.findById(signup.volunteerId()).orElseThrow();
                    return confirm(signup.id(), shift, volunteer, ledger.openSpots(), now);
                }
                return signup;
            }
            case CANCELLING -> {
                return finishCancel(signup, now);
            }
            default -> {
                return signup;
            }
        }
    }

    /**
     * Gives back a place or a spot in line that the ledger still holds for a sign-up that has ended (a
     * cancellation that raced its own placement); a freed place goes to the first in line as usual.
     */
    public void releaseEnded(Signup signup) {
        if (signup.status().active()) {
            return;
        }
        Release release = seats.release(signup.shiftId(), signup.id());
        if (release.held()) {
            log.info("Released a place held by ended sign-up {}", signup.id());
        }
        release.promoted().ifPresent(promotedId -> promote(promotedId, release.openSpots(), clock.instant()));
    }

    private Signup place(Signup signup, Shift shift, Volunteer volunteer, Instant now) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<Integer> openSpots = seats.claim(shift, signup.id(), now);
            if (openSpots.isPresent()) {
                return confirm(signup.id(), shift, volunteer, openSpots.get(), now);
            }
            Optional<Integer> position = seats.joinWaitlist(shift, signup.id(), now);
            if (position.isPresent()) {
                return waitlist(signup.id(), shift, volunteer, position.get(), now);
            }
            Optional<Ledger> ledger = seats.ledger(shift.id());
            if (ledger.isEmpty() || !ledger.get().open() || !now.isBefore(shift.startsAt())) {
                update(signup.id(), s -> {
                    if (s.status() != Signup.Status.REQUESTED) {
                        return false;
                    }
                    s.refuse(now);
                    return true;
                });
                throw ledger.isPresent() && !ledger.get().open()
                        ? PlazaProblem.conflict("shift-cancelled", "outreach.problem.shift-cancelled")
                        : PlazaProblem.conflict("shift-started", "outreach.problem.shift-started");
            }
        }
        throw new IllegalStateException("No place or waitlist decision for sign-up " + signup.id() + " after "
                + MAX_ATTEMPTS + " attempts; the reconciler will complete it");
    }

    private Signup confirm(String signupId, Shift shift, Volunteer volunteer, int openSpots, Instant now) {
        return update(signupId, s -> {
            boolean changed = s.confirm(openSpots, mail.confirmed(s, shift, volunteer,
                    s.status() == Signup.Status.WAITLISTED, now), now);
            if (changed) {
                s.handOver(contact.shiftSignup(s.id(), s.shiftId(), s.campaignId(), volunteer, now));
            }
            return changed;
        });
    }

    private Signup waitlist(String signupId, Shift shift, Volunteer volunteer, int position, Instant now) {
        return update(signupId, s -> {
            boolean changed = s.waitlist(position, mail.waitlisted(s, shift, volunteer, position, now), now);
            if (changed) {
                s.handOver(contact.shiftSignup(s.id(), s.shiftId(), s.campaignId(), volunteer, now));
            }
            return changed;
        });
    }

    private Signup finishCancel(Signup signup, Instant now) {
        if (signup.status() != Signup.Status.CANCELLING) {
            return signup;
        }
        Release release = seats.release(signup.shiftId(), signup.id());
        Signup cancelled = update(signup.id(), s -> s.cancelled(release.openSpots(), now));
        meters.counter("plaza.outreach.signups.cancelled", "by", String.valueOf(cancelled.cancelledBy())).increment();
        release.promoted().ifPresent(promotedId -> promote(promotedId, release.openSpots(), now));
        return cancelled;
    }

    private void promote(String signupId, int openSpots, Instant now) {
        Signup waiting = signups.findById(signupId).orElse(null);
        if (waiting == null) {
            log.warn("Promoted sign-up {} is missing; its place stays taken until an organizer looks", signupId);
            return;
        }
        Shift shift = shifts.findById(waiting.shiftId()).orElseThrow();
        Volunteer volunteer = volunteers.findById(waiting.volunteerId()).orElseThrow();
        Signup promoted = confirm(signupId, shift, volunteer, openSpots, now);
        if (promoted.status() == Signup.Status.CONFIRMED) {
            meters.counter("plaza.outreach.signups.promoted").increment();
        }
    }

    private static void refuseClosed(Shift shift, Instant now) {
        if (shift.status() == Shift.Status.CANCELLED) {
            throw PlazaProblem.conflict("shift-cancelled", "outreach.problem.shift-cancelled");
        }
        if (!now.isBefore(shift.startsAt())) {
            throw PlazaProblem.conflict("shift-started", "outreach.problem.shift-started");
        }
    }

    private static String role(Shift shift, String role) {
        if (shift.roles().isEmpty()) {
            return null;
        }
        if (role == null || role.isBlank()) {
            return shift.roles().get(0);
        }
        if (!shift.roles().contains(role)) {
            throw PlazaProblem.badRequest("validation", "plaza.problem.validation").withFieldError("role",
                    "signup.error.role.unknown");
        }
        return role;
    }

    /**
     * Loads the sign-up, applies the change and saves it when it says it changed something; another writer in
     * between (its version moved) means load and decide again, so the change must decide from the state it sees.
     */
    public Signup update(String signupId, Predicate<Signup> change) {
        return Retries.onConflict(MAX_ATTEMPTS, () -> {
            Signup signup = signups.findById(signupId)
                    .orElseThrow(() -> PlazaProblem.notFound("signup-not-found", "outreach.problem.signup-not-found"));
            return change.test(signup) ? signups.save(signup) : signup;
        }, keptChanging -> {
            throw new IllegalStateException("Sign-up " + signupId + " kept changing concurrently", keptChanging);
        });
    }

    /** Sign-ups of a shift, for its roster. */
    public List<Signup> ofShift(String shiftId) {
        return signups.findByShiftIdOrderByRequestedAtAsc(shiftId);
    }
}
