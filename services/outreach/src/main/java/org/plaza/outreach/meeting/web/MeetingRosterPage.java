package org.plaza.outreach.meeting.web;

import java.util.Locale;

import org.plaza.outreach.meeting.Meeting;
import org.plaza.outreach.meeting.MeetingService;
import org.plaza.outreach.meeting.RsvpService;
import org.plaza.starter.form.FormAnswers;
import org.plaza.starter.problem.PlazaProblem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/** The meeting's roster on an organizer's phone at the door: one button per resident going to check them in. */
@Controller
@RequestMapping("/staff/outreach/meetings/{meetingId}/roster")
class MeetingRosterPage {

    private final MeetingService meetings;
    private final RsvpService rsvps;
    private final MeetingViews views;
    private final MessageSource messages;

    MeetingRosterPage(MeetingService meetings, RsvpService rsvps, MeetingViews views, MessageSource messages) {
        this.meetings = meetings;
        this.rsvps = rsvps;
        this.views = views;
        this.messages = messages;
    }

    @GetMapping
    String roster(@PathVariable String meetingId, @RequestParam(required = false) String done, Locale locale, Model model) {
        return page(meetingId, done, null, locale, model);
    }

    @PostMapping("/check-in")
    String checkIn(@PathVariable String meetingId, @RequestParam(required = false) String rsvpId, Locale locale,
            Model model, HttpServletResponse response) {
        try {
            rsvps.checkIn(meetingId, rsvpId);
            return "redirect:/staff/outreach/meetings/" + meetingId + "/roster?done=checked-in";
        } catch (PlazaProblem refused) {
            return FormAnswers.refused(response, refused, page(meetingId, null,
                    messages.getMessage(refused.getMessageKey(), refused.getArguments(), locale), locale, model));
        }
    }

    private String page(String meetingId, String done, String refusal, Locale locale, Model model) {
        Meeting meeting = meetings.managed(meetingId);
        model.addAttribute("meeting", views.of(meeting, locale));
        model.addAttribute("waitlist", meetings.places(meeting).waitlist());
        model.addAttribute("entries", rsvps.roster(meetingId));
        model.addAttribute("done", "checked-in".equals(done));
        model.addAttribute("refusal", refusal);
        model.addAttribute("base", "/staff/outreach/meetings/" + meetingId + "/roster");
        return "staff/meeting-roster";
    }
}
