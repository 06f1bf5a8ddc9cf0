package org.plaza.outreach.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.plaza.events.notifications.NotificationCategory;
import org.plaza.events.supporters.SupporterContactShared;
import org.plaza.outreach.support.ContactRules;
import org.plaza.outreach.support.LinkSecrets;
import org.plaza.outreach.support.Mail;
import org.plaza.outreach.support.OutreachSettings;
import org.plaza.outreach.support.SeatLedger;
import org.plaza.starter.access.CampaignAccess;
import org.plaza.starter.id.Ids;
import org.plaza.starter.mongo.Retries;
import org.plaza.starter.phone.CanonicalPhone;
import org.plaza.starter.phone.PhoneNumbers;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.supporter.ContactSource;
import org.plaza.starter.supporter.FormConsent;
import org.plaza.starter.supporter.SupporterContact;
import org.plaza.starter.supporter.SupporterIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * RSVPs with double opt-in, as volunteer sign-ups: typing a name and an email or a mobile number (or both; the number
 * kept in E.164 for organizers and the hand-over) only asks for the address or number to be confirmed (the same
 * answer for anyone, at most {@code confirmation.max-per-day} messages per person). The link goes by email, or by text
 * to a resident who gave no email (the same confirm page takes it); its button takes a place, hands the resident over
 * to the supporters service (source {@code MEETING_RSVP}, with the form's box for texts when they gave a number) and
 * asks for the invite and the reminders, in one write. A resident who gave only a number is the starter's keyed hash
 * of it, as in petitions and comments. A resident is never registered as a volunteer.
 * <p>
 * A place, or else a spot on the waitlist, is taken first in the meeting's seat ledger ({@link MeetingSeats}), then
 * the RSVP is saved with the counts it announces; a link used twice at once, or a confirmation a crash interrupted
 * after the ledger, ends with the one place or spot the ledger holds for the RSVP (finished by the next use of the
 * link or by {@link MeetingReconciler}).
 * Cancelling saves the wish to cancel, gives the place back (the ledger hands it to the first in line in the same
 * update), then saves the RSVP (its version lets it happen once), then promotes whoever got the place: their RSVP is
 * going, with the invite and reminders. Confirming while the organizer moves or calls off the meeting ends with the resident told.
 */
@Service
public class RsvpService {

    static final int MAX_NAME = 100;

    /** "Text me about this meeting": its own box beside the mobile number, for the reminders by text. */
    public static final FormConsent TEXTS = FormConsent.sms(NotificationCategory.REMINDERS, "meeting.rsvp.text-consent");

    private static final Duration DAY = Duration.ofHours(24);
    private static final int MAX_ATTEMPTS = 20;
    private static final Logger log = LoggerFactory.getLogger(RsvpService.class);

    private final Rsvps rsvps;
    private final MeetingService meetings;
    private final MeetingSeats seats;
    private final MeetingChanges changes;
    private final MeetingMail mail;
    private final SupporterIds supporterIds;
    private final CampaignAccess access;
    private final OutreachSettings settings;
    private final Clock clock;
    private final MeterRegistry meters;
    private final PhoneNumbers phoneNumbers;
    private final MessageSource messages;

    RsvpService(Rsvps rsvps, MeetingService meetings, MeetingSeats seats, MeetingChanges changes, MeetingMail mail,
            SupporterIds supporterIds, CampaignAccess access, OutreachSettings settings, Clock clock, MeterRegistry meters,
            PhoneNumbers phoneNumbers, MessageSource messages) {
        this.rsvps = rsvps;
        this.meetings = meetings;
        this.seats = seats;
        this.changes = changes;
        this.mail = mail;
        this.supporterIds = supporterIds;
        this.access = access;
        this.settings = settings;
        this.clock = clock;
        this.meters = meters;
        this.phoneNumbers = phoneNumbers;
        this.messages = messages;
    }

    /**
     * What a resident typed on a meeting's page.
     *
     * @param email     an email, or blank when they gave a mobile number instead
     * @param phone     a mobile number as typed, or blank
     * @param language  the page's language, which their messages are written in
     * @param textOptIn the box for texts: the confirmation and reminders by text (with a number)
     */
    public record Request(String name, String email, String phone, String language, boolean textOptIn) {

        public Request(String name, String email, String phone, String language) {
            this(name, email, phone, language, false);
        }

        /** Whether the link goes by text: no email was given. */
        public boolean byText() {
            return email == null || email.isBlank();
        }
    }

    /** How the link (emailed or texted) ended: the RSVP, and whether it has a place. */
    public record Confirmed(Rsvp rsvp, Meeting meeting) {
    }

    /**
     * The fields of a request that are wrong, as message keys by field; empty when it may be sent. An email or a
     * mobile number is needed, each valid when given (the rule outreach's forms share, {@link ContactRules}).
     */
    public Map<String, String> check(Request request) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (request.name() == null || request.name().isBlank() || request.name().strip().length() > MAX_NAME) {
            errors.put("name", "meeting.rsvp.error.name");
        }
        errors.putAll(ContactRules.problems(phoneNumbers, request.email(), request.phone(), "meeting.rsvp.error"));
        return errors;
    }

    /**
     * Asks for the address (or, without one, the number) to be confirmed. The answer never depends on who it belongs to.
     *
     * @return the token the email or text carries (for tests; never shown), or null when none was sent (throttled)
     * @throws PlazaProblem 404 for an unknown meeting, 409 {@code meeting-closed} for one that started or was
     *                      called off, or a validation problem (a full meeting still takes RSVPs, to its waitlist)
     */
    public String request(String meetingId, Request request) {
        Meeting meeting = meetings.get(meetingId);
        Map<String, String> errors = check(request);
        if (!errors.isEmpty()) {
            PlazaProblem problem = PlazaProblem.badRequest("validation", "plaza.problem.validation");
            errors.forEach(problem::withFieldError);
            throw problem;
        }
        Instant now = clock.instant();
        if (!meeting.open(now)) {
            throw PlazaProblem.conflict("meeting-closed", "outreach.problem.meeting-closed");
        }
        String phone = phone(request.phone());
        String supporterId = request.byText() ? supporterIds.supporterId(phoneNumbers.canonical(request.phone()))
                : supporterIds.supporterId(request.email());
        if (rsvps.countBySupporterIdAndRequestedAtAfter(supporterId, now.minus(DAY)) >= settings.confirmation().maxPerDay()) {
            meters.counter("plaza.outreach.meetings.rsvps", "outcome", "throttled").increment();
            return null;
        }
        String language = "en".equals(request.language()) ? "en" : "es";
        Rsvp.Issued issued = Rsvp.request(Ids.next("rsv", now), meeting, supporterId, request.name().strip(),
                request.byText() ? null : request.email().strip(), phone, request.textOptIn(), language, now,
                settings.confirmation().ttl());
        issued.rsvp().notify(mail.confirmationRequest(issued.rsvp(), meeting, issued.token(), now));
        rsvps.save(issued.rsvp());
        meters.counter("plaza.outreach.meetings.rsvps", "outcome",
                request.byText() ? "confirmation-texted" : "confirmation-sent").increment();
        return issued.token();
    }

    /** Whether a confirmation link still works (its page shows the confirm button only then). */
    public boolean confirmable(String token) {
        return pending(token).isPresent();
    }

    /**
     * Uses the link (emailed or texted), once.
     *
     * @return empty for a link that is unknown, altered, expired or already used
     */
    public Optional<Confirmed> confirm(String token) {
        Optional<Rsvp> found = pending(token);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Rsvp rsvp = found.get();
        Meeting meeting = meetings.get(rsvp.meetingId());
        Instant now = clock.instant();
        Optional<Rsvp> already = rsvps.findFirstByMeetingIdAndSupporterIdAndStatusIn(meeting.id(), rsvp.supporterId(),
                List.of(Rsvp.Status.GOING, Rsvp.Status.WAITLISTED));
        if (already.isPresent()) {
            return settle(rsvp, Rsvp.Status.DUPLICATE, now).map(r -> new Confirmed(already.get(), meeting));
        }
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<Places> taken = seats.take(meeting, rsvp.id(), now);
            if (taken.isPresent()) {
                return going(rsvp, meeting, taken.get(), now);
            }
            Optional<Places> waiting = seats.join(meeting, rsvp.id(), now);
            if (waiting.isPresent()) {
                return waiting(rsvp, meeting, waiting.get(), now);
            }
            Optional<SeatLedger.Ledger> ledger = seats.ledger(meeting.id());
            if (ledger.isPresent() && ledger.get().seated().contains(rsvp.id())) {
                return going(rsvp, meeting, Places.of(meeting, ledger.get()), now);
            }
            if (ledger.isPresent() && ledger.get().waitlist().contains(rsvp.id())) {
                return waiting(rsvp, meeting, Places.of(meeting, ledger.get()), now);
            }
            if (ledger.map(l -> !l.open()).orElse(false) || !meeting.open(now)) {
                return settle(rsvp, Rsvp.Status.FULL, now).map(r -> new Confirmed(r, meeting));
            }
        }
        throw new IllegalStateException("No place or waitlist decision for RSVP " + rsvp.id());
    }

    private Optional<Confirmed> going(Rsvp rsvp, Meeting meeting, Places places, Instant now) {
        rsvp.confirm(meeting, places, contact(rsvp, now), mail.confirmed(rsvp, meeting, now), now);
        return saveConfirmed(rsvp, meeting, "going");
    }

    private Optional<Confirmed> waiting(Rsvp rsvp, Meeting meeting, Places places, Instant now) {
        rsvp.waitlist(meeting, places, contact(rsvp, now),
                mail.waitlisted(rsvp, meeting, places.position(rsvp.id()), now), now);
        return saveConfirmed(rsvp, meeting, "waitlisted");
    }

    /**
     * Saves a confirmation the ledger decided. When the same link was used at the same moment, the other request
     * saved it: the place or spot it holds in the ledger is that RSVP's, so it stays. A confirmation a crash left
     * between the ledger and this save is finished by the next use of the link, from what the ledger holds.
     */
    private Optional<Confirmed> saveConfirmed(Rsvp rsvp, Meeting meeting, String outcome) {
        try {
            Rsvp saved = rsvps.save(rsvp);
            meters.counter("plaza.outreach.meetings.rsvps", "outcome", outcome).increment();
            changes.follow(saved);
            return Optional.of(new Confirmed(saved, meeting));
        } catch (OptimisticLockingFailureException usedMeanwhile) {
            return Optional.empty();
        }
    }

    /** An RSVP by its id (the key of its link checked by the caller). */
    public Rsvp get(String rsvpId) {
        return Optional.ofNullable(rsvpId).flatMap(rsvps::findById)
                .orElseThrow(() -> PlazaProblem.notFound("rsvp-not-found", "outreach.problem.rsvp-not-found"));
    }

    /**
     * Cancels a place or a spot in line: the reminders are void, a freed place goes to the first in line (who is
     * told, with the invite); cancelling twice changes nothing. The wish to cancel is saved before the ledger gives
     * the place back, so a cancellation a crash interrupts is finished by {@link #reconcile(String)}.
     */
    public Rsvp cancel(String rsvpId) {
        Rsvp rsvp = requestCancel(rsvpId);
        return rsvp.status().active() ? finishCancel(rsvp) : rsvp;
    }

    private Rsvp requestCancel(String rsvpId) {
        return Retries.onConflict(MAX_ATTEMPTS, () -> {
            Rsvp rsvp = get(rsvpId);
            return rsvp.requestCancel(clock.instant()) ? rsvps.save(rsvp) : rsvp;
        }, keptChanging -> get(rsvpId));
    }

    private Rsvp finishCancel(Rsvp asked) {
        SeatLedger.Release release = seats.release(asked.meetingId(), asked.id());
        Instant now = clock.instant();
        Rsvp rsvp = Retries.onConflict(MAX_ATTEMPTS, () -> {
            Rsvp current = get(asked.id());
            if (!current.cancel(release.seated(), release.waiting(), now)) {
                return current;
            }
            Rsvp saved = rsvps.save(current);
            meters.counter("plaza.outreach.meetings.rsvps", "outcome", "cancelled").increment();
            return saved;
        }, keptChanging -> get(asked.id()));
        release.promoted().ifPresent(this::promote);
        return rsvp;
    }

    /**
     * Finishes what a crash left between the meeting's seat ledger and an RSVP, from what the ledger holds: a
     * confirmation that took a place or a spot but was never saved is saved (with its mail and the hand-over), a
     * cancellation that was asked for is finished, the first in line the ledger gave a place to is promoted, and a
     * place still held for an RSVP that no longer counts is given back.
     *
     * @return whether it changed anything
     */
    boolean reconcile(String rsvpId) {
        Rsvp rsvp = get(rsvpId);
        Meeting meeting = meetings.get(rsvp.meetingId());
        Optional<SeatLedger.Ledger> found = seats.ledger(meeting.id());
        if (found.isEmpty()) {
            return false;
        }
        SeatLedger.Ledger ledger = found.get();
        boolean seated = ledger.seated().contains(rsvpId);
        boolean waiting = ledger.waitlist().contains(rsvpId);
        if (rsvp.status() == Rsvp.Status.PENDING) {
            Instant now = clock.instant();
            Places places = Places.of(meeting, ledger);
            if (seated) {
                return going(rsvp, meeting, places, now).isPresent();
            }
            return waiting && waiting(rsvp, meeting, places, now).isPresent();
        }
        if (rsvp.status().active() && rsvp.cancelRequestedAt() != null) {
            finishCancel(rsvp);
            return true;
        }
        if (!rsvp.status().active() && (seated || waiting)) {
            seats.release(meeting.id(), rsvpId).promoted().ifPresent(this::promote);
            return true;
        }
        if (rsvp.status() == Rsvp.Status.WAITLISTED && seated) {
            promote(rsvpId);
            return true;
        }
        return false;
    }

    /** The first in line got a place someone gave back: their RSVP is going, with the invite and the reminders. */
    private void promote(String rsvpId) {
        try {
            Retries.onConflict(MAX_ATTEMPTS, () -> {
                Rsvp waiting = get(rsvpId);
                Meeting meeting = meetings.get(waiting.meetingId());
                Instant now = clock.instant();
                if (waiting.promote(meeting, seats.places(meeting), mail.promoted(waiting, meeting, now), now)) {
                    changes.follow(rsvps.save(waiting));
                    meters.counter("plaza.outreach.meetings.rsvps", "outcome", "promoted").increment();
                }
            });
        } catch (OptimisticLockingFailureException keptChanging) {
            log.debug("RSVP {} kept changing while promoted; the reconciler promotes it", rsvpId);
        }
    }

    /** Those going, waiting and those who cancelled, for the meeting's organizers. */
    public List<Rsvp> roster(String meetingId) {
        meetings.managed(meetingId);
        return rsvps.findByMeetingIdAndStatusInOrderByConfirmedAtAsc(meetingId,
                List.of(Rsvp.Status.GOING, Rsvp.Status.WAITLISTED, Rsvp.Status.CANCELLED));
    }

    /**
     * Checks a resident in at the door, from the roster. Checking in twice changes nothing.
     *
     * @throws PlazaProblem 403 off the team, 404 for an RSVP of another meeting, 409 {@code rsvp-not-going}
     */
    public Rsvp checkIn(String meetingId, String rsvpId) {
        Meeting meeting = meetings.managed(meetingId);
        Rsvp rsvp = get(rsvpId);
        if (!rsvp.meetingId().equals(meetingId)) {
            throw PlazaProblem.notFound("rsvp-not-found", "outreach.problem.rsvp-not-found");
        }
        if (rsvp.status() != Rsvp.Status.GOING) {
            throw PlazaProblem.conflict("rsvp-not-going", "outreach.problem.rsvp-not-going");
        }
        if (!rsvp.checkIn(access.staffId(), meeting.attended() + 1, seats.places(meeting).going(), clock.instant())) {
            return rsvp;
        }
        try {
            rsvp = rsvps.save(rsvp);
        } catch (OptimisticLockingFailureException checkedInMeanwhile) {
            return get(rsvpId);
        }
        seats.attended(meetingId);
        meters.counter("plaza.outreach.meetings.check-ins").increment();
        return rsvp;
    }

    private Optional<Rsvp> settle(Rsvp rsvp, Rsvp.Status outcome, Instant now) {
        rsvp.confirmWithoutPlace(outcome, now);
        try {
            Rsvp saved = rsvps.save(rsvp);
            meters.counter("plaza.outreach.meetings.rsvps", "outcome", outcome.name().toLowerCase(Locale.ROOT))
                    .increment();
            return Optional.of(saved);
        } catch (OptimisticLockingFailureException usedMeanwhile) {
            return Optional.empty();
        }
    }

    private SupporterContactShared contact(Rsvp rsvp, Instant now) {
        return SupporterContact.builder().action(Mail.SERVICE, ContactSource.MEETING_RSVP, rsvp.id())
                .supporterId(rsvp.supporterId()).campaignId(rsvp.campaignId()).itemId(rsvp.meetingId())
                .contact(rsvp.email(), rsvp.name()).phone(rsvp.phone()).locale(rsvp.language())
                .textConsent(TEXTS, rsvp.textOptIn(), messages, rsvp.language()).sharedAt(now).build();
    }

    private Optional<Rsvp> pending(String token) {
        Instant now = clock.instant();
        return LinkSecrets.split(token).flatMap(parts -> rsvps.findById(parts[0]).filter(r -> r.opens(parts[1], now)));
    }

    private String phone(String typed) {
        return typed == null || typed.isBlank() ? null
                : phoneNumbers.tryCanonical(typed).map(CanonicalPhone::value).orElse(null);
    }
}
