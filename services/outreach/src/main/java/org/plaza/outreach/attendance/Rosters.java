package org.plaza.outreach.attendance;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.plaza.outreach.shift.Seats;
import org.plaza.outreach.shift.Shift;
import org.plaza.outreach.shift.ShiftService;
import org.plaza.outreach.shift.ShiftView;
import org.plaza.outreach.shift.ShiftViews;
import org.plaza.outreach.signup.Signup;
import org.plaza.outreach.signup.Signups;
import org.plaza.outreach.volunteer.Volunteer;
import org.plaza.outreach.volunteer.Volunteers;
import org.plaza.starter.access.CampaignAccess;
import org.springframework.stereotype.Component;

/**
 * A shift's roster for its organizers: who is confirmed, who waits, who came, with their contact details
 * (organizers see them once a person has signed up) and minutes.
 */
@Component
public class Rosters {

    private final ShiftService shifts;
    private final ShiftViews views;
    private final Signups signups;
    private final Volunteers volunteers;
    private final Seats seats;
    private final CampaignAccess access;

    Rosters(ShiftService shifts, ShiftViews views, Signups signups, Volunteers volunteers, Seats seats, CampaignAccess access) {
        this.shifts = shifts;
        this.views = views;
        this.signups = signups;
        this.volunteers = volunteers;
        this.seats = seats;
        this.access = access;
    }

    /** One person on the roster. */
    public record Entry(String signupId, String volunteerId, String name, String email, String phone, String ageGroup,
            String guardianContact, String role, String status, int waitlistPosition, String presence, String checkIn,
            int minutesServed, String code, List<Signup.HoursCorrection> corrections) {
    }

    /** The shift and its people: confirmed first (in sign-up order), then the waitlist in line order. */
    public record Roster(ShiftView shift, List<Entry> confirmed, List<Entry> waitlist, List<Entry> cancelled) {
    }

    public Roster of(String shiftId, Locale locale) {
        Shift shift = shifts.get(shiftId);
        access.requireManage(shift.campaignId());
        Seats.Ledger ledger = seats.ledger(shiftId).orElse(null);
        List<Signup> all = signups.findByShiftIdOrderByRequestedAtAsc(shiftId);
        Map<String, Volunteer> people = volunteers.findAllById(all.stream().map(Signup::volunteerId).distinct().toList())
                .stream().collect(Collectors.toMap(Volunteer::id, Function.identity()));
        List<Entry> confirmed = all.stream().filter(s -> s.status() == Signup.Status.CONFIRMED)
                .map(s -> entry(s, people.get(s.volunteerId()), 0)).toList();
        List<Entry> waitlist = all.stream().filter(s -> s.status() == Signup.Status.WAITLISTED)
                .map(s -> entry(s, people.get(s.volunteerId()), ledger == null ? 0 : ledger.waitlistPosition(s.id())))
                .sorted(Comparator.comparingInt(Entry::waitlistPosition)).toList();
        List<Entry> cancelled = all.stream().filter(s -> s.status() == Signup.Status.CANCELLED)
                .map(s -> entry(s, people.get(s.volunteerId()), 0)).toList();
        return new Roster(views.view(shift, locale), confirmed, waitlist, cancelled);
    }

    /** One roster line, for the answer to a check-in or a correction. */
    public Entry entry(Signup signup) {
        return entry(signup, volunteers.findById(signup.volunteerId()).orElse(null), 0);
    }

    private static Entry entry(Signup s, Volunteer v, int position) {
        return new Entry(s.id(), s.volunteerId(), v == null ? null : v.name(), v == null ? null : v.email(),
                v == null ? null : v.phone(), v == null || v.ageGroup() == null ? null : v.ageGroup().name(),
                v == null ? null : v.guardianContact(), s.role(), s.status().name(), position,
                s.presence() == null ? null : s.presence().name(), s.checkIn() == null ? null : s.checkIn().name(),
                s.minutesServed(), s.code(), s.corrections());
    }
}
