package org.plaza.outreach.attendance.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.plaza.events.outreach.ShiftCancelled.CancelledBy;
import org.plaza.outreach.attendance.AttendanceService;
import org.plaza.outreach.signup.HoursTotals;
import org.plaza.outreach.attendance.Rosters;
import org.plaza.outreach.signup.SignupService;
import org.plaza.outreach.signup.Signups;
import org.plaza.outreach.volunteer.Volunteer;
import org.plaza.outreach.volunteer.Volunteers;
import org.plaza.starter.access.CampaignAccess;
import org.plaza.starter.problem.PlazaProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Rosters, check-in, no-shows, hours and their corrections, for the organizers of a shift's campaign. */
@RestController
@RequestMapping("/api/staff/outreach")
class StaffAttendanceApi {

    private final AttendanceService attendance;
    private final Rosters rosters;
    private final HoursTotals hours;
    private final SignupService signupService;
    private final Signups signups;
    private final Volunteers volunteers;
    private final CampaignAccess access;

    StaffAttendanceApi(AttendanceService attendance, Rosters rosters, HoursTotals hours, SignupService signupService,
            Signups signups, Volunteers volunteers, CampaignAccess access) {
        this.attendance = attendance;
        this.rosters = rosters;
        this.hours = hours;
        this.signupService = signupService;
        this.signups = signups;
        this.volunteers = volunteers;
        this.access = access;
    }

    /** Either the sign-up chosen on the roster or the code the volunteer shows. */
    record CheckInRequest(String signupId, String code) {
    }

    record MinutesRequest(Integer minutes, String reason) {
    }

    record Marked(int marked) {
    }

    /** A line of an hours total with the volunteer's name. */
    record NamedLine(String volunteerId, String name, long minutes, double hours, long shifts) {
    }

    record CampaignHoursView(String campaignId, long minutes, double hours, List<NamedLine> volunteers) {
    }

    @GetMapping("/shifts/{shiftId}/roster")
    Rosters.Roster roster(@PathVariable String shiftId, Locale locale) {
        return rosters.of(shiftId, locale);
    }

    @PostMapping("/shifts/{shiftId}/check-ins")
    Rosters.Entry checkIn(@PathVariable String shiftId, @RequestBody CheckInRequest request) {
        if (request.signupId() != null && !request.signupId().isBlank()) {
            return rosters.entry(attendance.checkIn(shiftId, request.signupId()));
        }
        if (request.code() != null && !request.code().isBlank()) {
            return rosters.entry(attendance.checkInByCode(shiftId, request.code()));
        }
        throw PlazaProblem.badRequest("validation", "plaza.problem.validation").withFieldError("code",
                "attendance.error.code.missing");
    }

    @PostMapping("/shifts/{shiftId}/no-shows")
    Marked remainingNoShows(@PathVariable String shiftId) {
        return new Marked(attendance.markRemainingNoShows(shiftId));
    }

    @PostMapping("/signups/{signupId}/no-show")
    Rosters.Entry noShow(@PathVariable String signupId) {
        return rosters.entry(attendance.markNoShow(signupId));
    }

    @PutMapping("/signups/{signupId}/minutes")
    Rosters.Entry correct(@PathVariable String signupId, @RequestBody MinutesRequest request) {
        return rosters.entry(attendance.correctMinutes(signupId, request.minutes(), request.reason()));
    }

    @PostMapping("/signups/{signupId}/cancel")
    Rosters.Entry cancel(@PathVariable String signupId) {
        String campaignId = signups.findById(signupId)
                .orElseThrow(() -> PlazaProblem.notFound("signup-not-found", "outreach.problem.signup-not-found"))
                .campaignId();
        access.requireManage(campaignId);
        return rosters.entry(signupService.cancel(signupId, CancelledBy.ORGANIZER, access.staffId()));
    }

    @GetMapping("/campaigns/{campaignId}/hours")
    CampaignHoursView campaignHours(@PathVariable String campaignId) {
        access.requireManage(campaignId);
        HoursTotals.CampaignHours total = hours.ofCampaign(campaignId);
        Map<String, Volunteer> people = volunteers.findAllById(total.volunteers().stream().map(HoursTotals.Line::id).toList())
                .stream().collect(Collectors.toMap(Volunteer::id, Function.identity()));
        List<NamedLine> lines = total.volunteers().stream()
                .map(l -> new NamedLine(l.id(), people.containsKey(l.id()) ? people.get(l.id()).name() : null, l.minutes(),
                        l.hours(), l.shifts()))
                .toList();
        return new CampaignHoursView(campaignId, total.minutes(), total.hours(), lines);
    }

    /** A volunteer's hours in the campaigns the caller manages (all of them for an admin). */
    @GetMapping("/volunteers/{volunteerId}/hours")
    HoursTotals.VolunteerHours volunteerHours(@PathVariable String volunteerId) {
        HoursTotals.VolunteerHours total = hours.ofVolunteer(volunteerId);
        List<HoursTotals.Line> visible = total.campaigns().stream().filter(l -> access.mayManage(l.id())).toList();
        return new HoursTotals.VolunteerHours(volunteerId, visible.stream().mapToLong(HoursTotals.Line::minutes).sum(), visible);
    }
}
