package org.plaza.outreach.attendance;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.plaza.events.outreach.ShiftAttended.CheckIn;
import org.plaza.outreach.shift.Shift;
import org.plaza.outreach.shift.ShiftService;
import org.plaza.outreach.signup.Signup;
import org.plaza.outreach.signup.SignupService;
import org.plaza.outreach.signup.Signups;
import org.plaza.outreach.support.OutreachSettings;
import org.plaza.starter.access.CampaignAccess;
import org.plaza.starter.problem.PlazaProblem;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;

/** What organizers record at and after a shift: who came (roster or code), who did not, and for how long. */
@Service
public class AttendanceService {

    static final int MAX_MINUTES = 24 * 60;
    static final int MAX_REASON = 200;

    private final ShiftService shifts;
    private final SignupService signupService;
    private final Signups signups;
    private final CampaignAccess access;
    private final OutreachSettings settings;
    private final Clock clock;
    private final MeterRegistry meters;

    AttendanceService(ShiftService shifts, SignupService signupService, Signups signups, CampaignAccess access,
            OutreachSettings settings, Clock clock, MeterRegistry meters) {
        this.shifts = shifts;
        this.signupService = signupService;
        this.signups = signups;
        this.access = access;
        this.settings = settings;
        this.clock = clock;
        this.meters = meters;
    }

    /** Checks in a volunteer from the roster. */
    public Signup checkIn(String shiftId, String signupId) {
        Shift shift = managedOpenForCheckIn(shiftId);
        Signup signup = ofShift(shift, signupId);
        return record(shift, signup, CheckIn.ROSTER);
    }

    /** Checks in the volunteer whose sign-up has this short code. */
    public Signup checkInByCode(String shiftId, String code) {
        Shift shift = managedOpenForCheckIn(shiftId);
        String normalized = code == null ? "" : code.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        List<Signup> matching = signups.findByShiftIdAndCode(shiftId, normalized).stream()
                .filter(s -> s.status() == Signup.Status.CONFIRMED).toList();
        if (matching.isEmpty()) {
            throw PlazaProblem.notFound("code-not-found", "outreach.problem.code-not-found")
                    .withFieldError("code", "attendance.error.code.unknown");
        }
        if (matching.size() > 1) {
            throw PlazaProblem.conflict("code-ambiguous", "outreach.problem.code-ambiguous");
        }
        return record(shift, matching.get(0), CheckIn.CODE);
    }

    /** Marks a confirmed volunteer who did not come, once the shift has started. */
    public Signup markNoShow(String signupId) {
        Signup signup = signup(signupId);
        Shift shift = shifts.get(signup.shiftId());
        access.requireManage(shift.campaignId());
        Instant now = clock.instant();
        if (now.isBefore(shift.startsAt())) {
            throw PlazaProblem.conflict("shift-not-started", "outreach.problem.shift-not-started");
        }
        String staffId = access.staffId();
        Signup marked = signupService.update(signupId, s -> {
            if (s.presence() == Signup.Presence.NO_SHOW) {
                return false;
            }
            s.markNoShow(staffId, now);
            return true;
        });
        meters.counter("plaza.outreach.no-shows").increment();
        return marked;
    }

    /** After the shift, marks everyone confirmed and not checked in as a no-show; returns how many. */
    public int markRemainingNoShows(String shiftId) {
        Shift shift = shifts.get(shiftId);
        access.requireManage(shift.campaignId());
        if (clock.instant().isBefore(shift.endsAt())) {
            throw PlazaProblem.conflict("shift-not-over", "outreach.problem.shift-not-over");
        }
        int marked = 0;
        for (Signup signup : signups.findByShiftIdOrderByRequestedAtAsc(shiftId)) {
            if (signup.status() == Signup.Status.CONFIRMED && signup.presence() == null) {
                markNoShow(signup.id());
                marked++;
            }
        }
        return marked;
    }

    /** Corrects the minutes credited for a shift; the old and new value, the reason and the organizer are kept. */
    public Signup correctMinutes(String signupId, Integer minutes, String reason) {
        if (minutes == null || minutes < 0 || minutes > MAX_MINUTES) {
            throw PlazaProblem.badRequest("validation", "plaza.problem.validation")
                    .withFieldError("minutes", "attendance.error.minutes.range", MAX_MINUTES);
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            throw PlazaProblem.badRequest("validation", "plaza.problem.validation")
                    .withFieldError("reason", "attendance.error.reason.missing", MAX_REASON);
        }
        Signup signup = signup(signupId);
        access.requireManage(signup.campaignId());
        String staffId = access.staffId();
        Instant now = clock.instant();
        Signup corrected = signupService.update(signupId, s -> {
            s.correctMinutes(minutes, reason.strip(), staffId, now);
            return true;
        });
        meters.counter("plaza.outreach.hours.corrections").increment();
        return corrected;
    }

    private Signup record(Shift shift, Signup signup, CheckIn how) {
        String staffId = access.staffId();
        Instant now = clock.instant();
        Signup checkedIn = signupService.update(signup.id(), s -> {
            if (s.presence() == Signup.Presence.ATTENDED) {
                return false;
            }
            s.checkIn(how, shift.durationMinutes(), staffId, now);
            return true;
        });
        meters.counter("plaza.outreach.check-ins", "method", how.name()).increment();
        return checkedIn;
    }

    private Shift managedOpenForCheckIn(String shiftId) {
        Shift shift = shifts.get(shiftId);
        access.requireManage(shift.campaignId());
        if (shift.status() == Shift.Status.CANCELLED) {
            throw PlazaProblem.conflict("shift-cancelled", "outreach.problem.shift-cancelled");
        }
        if (clock.instant().isBefore(shift.startsAt().minus(settings.checkInOpensBefore()))) {
            throw PlazaProblem.conflict("check-in-not-open", "outreach.problem.check-in-not-open");
        }
        return shift;
    }

    private Signup ofShift(Shift shift, String signupId) {
        Signup signup = signup(signupId);
        if (!signup.shiftId().equals(shift.id())) {
            throw PlazaProblem.notFound("signup-not-found", "outreach.problem.signup-not-found");
        }
        return signup;
    }

    private Signup signup(String signupId) {
        return signups.findById(signupId)
                .orElseThrow(() -> PlazaProblem.notFound("signup-not-found", "outreach.problem.signup-not-found"));
    }
}
