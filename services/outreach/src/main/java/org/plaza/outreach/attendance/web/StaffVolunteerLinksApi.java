package org.plaza.outreach.attendance.web;

import java.util.Optional;
import java.util.stream.Stream;

import org.plaza.outreach.signup.Signup;
import org.plaza.outreach.signup.Signups;
import org.plaza.outreach.volunteer.Volunteer;
import org.plaza.outreach.volunteer.VolunteerService;
import org.plaza.outreach.volunteer.Volunteers;
import org.plaza.starter.access.CampaignAccess;
import org.plaza.starter.problem.PlazaProblem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff revoke a volunteer's personal links (a lost phone, a forwarded email): every link issued so far stops
 * working and the volunteer gets a new one only through their email. An organizer may do it for volunteers of a
 * campaign they manage (the volunteer signed up through it or took one of its shifts), an administrator for
 * anyone; each revocation is audited ({@code StaffActionAudited}, {@code REVOKE VOLUNTEER_LINK}).
 */
@RestController
@RequestMapping("/api/staff/outreach/volunteers/{volunteerId}/links")
class StaffVolunteerLinksApi {

    private final Volunteers volunteers;
    private final Signups signups;
    private final VolunteerService service;
    private final CampaignAccess access;

    StaffVolunteerLinksApi(Volunteers volunteers, Signups signups, VolunteerService service, CampaignAccess access) {
        this.volunteers = volunteers;
        this.signups = signups;
        this.service = service;
        this.access = access;
    }

    @PostMapping("/revoke")
    ResponseEntity<Void> revoke(@PathVariable String volunteerId) {
        Volunteer volunteer = volunteers.findById(volunteerId)
                .orElseThrow(() -> PlazaProblem.notFound("volunteer-not-found", "outreach.problem.volunteer-not-found"));
        Optional<String> managed = Stream.concat(Stream.ofNullable(volunteer.campaignId()),
                signups.findByVolunteerIdOrderByShiftStartsAtAsc(volunteerId).stream().map(Signup::campaignId))
                .filter(access::mayManage).findFirst();
        if (managed.isEmpty() && !access.staff().isAdmin()) {
            throw CampaignAccess.forbidden();
        }
        service.revokeLinksByStaff(volunteerId, access.staffId(), managed.orElse(volunteer.campaignId()));
        return ResponseEntity.noContent().build();
    }
}
