package org.plaza.outreach.meeting.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.plaza.outreach.meeting.MeetingRequest;
import org.plaza.outreach.meeting.MeetingService;
import org.plaza.outreach.meeting.Rsvp;
import org.plaza.outreach.meeting.RsvpService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Organizers schedule meetings of their campaigns, move them or call them off, read who is coming and waiting, and
 * check residents in at the door.
 */
@RestController
@RequestMapping("/api/staff/outreach")
class StaffMeetingApi {

    private final MeetingService meetings;
    private final RsvpService rsvps;
    private final MeetingViews views;

    StaffMeetingApi(MeetingService meetings, RsvpService rsvps, MeetingViews views) {
        this.meetings = meetings;
        this.rsvps = rsvps;
        this.views = views;
    }

    /** One line of a meeting's roster: they RSVPed, so their contact details are shown to its organizers. */
    record RosterEntry(String rsvpId, String name, String email, String phone, String language, Rsvp.Status status,
            Instant confirmedAt, Instant checkedInAt) {

        static RosterEntry of(Rsvp rsvp) {
            return new RosterEntry(rsvp.id(), rsvp.name(), rsvp.email(), rsvp.phone(), rsvp.language(), rsvp.status(),
                    rsvp.confirmedAt(), rsvp.checkedInAt());
        }
    }

    record CheckIn(String rsvpId) {
    }

    @PostMapping("/meetings")
    ResponseEntity<MeetingView> schedule(@RequestBody MeetingRequest request, Locale locale) {
        return ResponseEntity.status(HttpStatus.CREATED).body(views.of(meetings.schedule(request), locale));
    }

    @GetMapping("/campaigns/{campaignId}/meetings")
    List<MeetingView> ofCampaign(@PathVariable String campaignId, Locale locale) {
        return views.of(meetings.ofCampaign(campaignId), locale);
    }

    /** Moves a meeting to another time or place: the body's place, address, community, start and end. */
    @PutMapping("/meetings/{meetingId}/when-where")
    MeetingView reschedule(@PathVariable String meetingId, @RequestBody MeetingRequest request, Locale locale) {
        return views.of(meetings.reschedule(meetingId, request), locale);
    }

    /** Calls a meeting off; again, it only finishes telling whoever was not told yet. */
    @PostMapping("/meetings/{meetingId}/cancel")
    MeetingView cancel(@PathVariable String meetingId, Locale locale) {
        return views.of(meetings.cancel(meetingId), locale);
    }

    @GetMapping("/meetings/{meetingId}/roster")
    List<RosterEntry> roster(@PathVariable String meetingId) {
        return rsvps.roster(meetingId).stream().map(RosterEntry::of).toList();
    }

    @PostMapping("/meetings/{meetingId}/check-ins")
    RosterEntry checkIn(@PathVariable String meetingId, @RequestBody CheckIn checkIn) {
        return RosterEntry.of(rsvps.checkIn(meetingId, checkIn.rsvpId()));
    }
}
