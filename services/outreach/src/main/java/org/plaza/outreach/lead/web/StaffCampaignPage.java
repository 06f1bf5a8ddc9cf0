package org.plaza.outreach.lead.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.plaza.outreach.access.Campaigns;
import org.plaza.outreach.meeting.Meeting;
import org.plaza.outreach.meeting.MeetingService;
import org.plaza.outreach.signup.HoursTotals;
import org.plaza.outreach.shift.ShiftService;
import org.plaza.outreach.shift.ShiftViews;
import org.plaza.outreach.volunteer.Volunteer;
import org.plaza.outreach.volunteer.Volunteers;
import org.plaza.starter.vocabulary.Vocabulary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A campaign's outreach on one page for its organizers: shifts with how full they are (→ roster, cancel),
 * links to schedule a shift or a training series, hours per volunteer, and leads counted per community.
 */
@Controller
class StaffCampaignPage {

    private static final Set<String> DONE = Set.of("scheduled", "training", "cancelled", "meeting", "meeting-moved", "meeting-cancelled");

    private final CampaignLeads leads;
    private final ShiftService shifts;
    private final ShiftViews views;
    private final HoursTotals hours;
    private final Campaigns campaigns;
    private final Vocabulary vocabulary;
    private final Volunteers volunteers;
    private final MeetingService meetings;

    StaffCampaignPage(CampaignLeads leads, ShiftService shifts, ShiftViews views, HoursTotals hours, Campaigns campaigns,
            Vocabulary vocabulary, Volunteers volunteers, MeetingService meetings) {
        this.leads = leads;
        this.shifts = shifts;
        this.views = views;
        this.hours = hours;
        this.campaigns = campaigns;
        this.vocabulary = vocabulary;
        this.volunteers = volunteers;
        this.meetings = meetings;
    }

    /** One volunteer's hours in the campaign, by name (organizers see the names on their rosters anyway). */
    record VolunteerHours(String name, double hours, long shifts) {
    }

    @GetMapping("/staff/outreach/campaigns/{campaignId}")
    String campaign(@PathVariable String campaignId, @RequestParam(required = false) String community,
            @RequestParam(required = false) String done, Locale locale, Model model) {
        CampaignLeads.Leads found = leads.of(campaignId, community);
        HoursTotals.CampaignHours campaignHours = hours.ofCampaign(campaignId);
        Map<String, Volunteer> people = volunteers.findAllById(campaignHours.volunteers().stream().map(HoursTotals.Line::id).toList())
                .stream().collect(Collectors.toMap(Volunteer::id, Function.identity()));
        List<VolunteerHours> perVolunteer = campaignHours.volunteers().stream()
                .map(line -> new VolunteerHours(Optional.ofNullable(people.get(line.id())).map(Volunteer::name).orElse(line.id()),
                        line.hours(), line.shifts()))
                .toList();
        model.addAttribute("campaignTitle", campaigns.findById(campaignId).map(c -> c.title(locale)).orElse(campaignId));
        model.addAttribute("campaignId", campaignId);
        model.addAttribute("shifts", shifts.ofCampaign(campaignId).stream().map(s -> views.view(s, locale)).toList());
        List<Meeting> campaignMeetings = meetings.ofCampaign(campaignId);
        model.addAttribute("meetings", campaignMeetings);
        model.addAttribute("meetingPlaces", meetings.places(campaignMeetings));
        model.addAttribute("hours", campaignHours);
        model.addAttribute("volunteerHours", perVolunteer);
        model.addAttribute("leads", found);
        model.addAttribute("communities", vocabulary.residentCommunities());
        model.addAttribute("community", community);
        model.addAttribute("done", done != null && DONE.contains(done) ? done : null);
        return "staff/campaign";
    }
}
