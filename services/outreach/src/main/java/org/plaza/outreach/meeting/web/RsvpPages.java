package org.plaza.outreach.meeting.web;

import java.util.Locale;
import java.util.Optional;

import org.plaza.outreach.meeting.Meeting;
import org.plaza.outreach.meeting.MeetingService;
import org.plaza.outreach.meeting.Rsvp;
import org.plaza.outreach.meeting.RsvpService;
import org.plaza.outreach.support.Links;
import org.plaza.outreach.support.Links.Kind;
import org.plaza.starter.form.FormAnswers;
import org.plaza.starter.problem.PlazaProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The emailed link of an RSVP (a page whose button confirms: a POST, so a mail scanner's GET confirms nothing), and
 * the RSVP's own page ({@code /outreach/rsvps/{rsvpId}/{key}}, the key a MAC of the id as for sign-ups): the meeting,
 * the invite, the directions, and the button that cancels. An unknown or altered link is one 404.
 */
@Controller
@RequestMapping("/outreach/rsvps")
class RsvpPages {

    private final RsvpService rsvps;
    private final MeetingService meetings;
    private final MeetingViews views;
    private final Links links;

    RsvpPages(RsvpService rsvps, MeetingService meetings, MeetingViews views, Links links) {
        this.rsvps = rsvps;
        this.meetings = meetings;
        this.views = views;
        this.links = links;
    }

    @GetMapping("/confirm")
    String confirmation(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("token", rsvps.confirmable(token) ? token : null);
        return "outreach/rsvp-confirm";
    }

    @PostMapping("/confirm")
    String confirm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        Optional<RsvpService.Confirmed> confirmed = rsvps.confirm(token);
        if (confirmed.isEmpty()) {
            model.addAttribute("token", null);
            return FormAnswers.withStatus(response, HttpStatus.GONE, "outreach/rsvp-confirm");
        }
        return "redirect:" + links.path(Kind.RSVP, confirmed.get().rsvp().id()) + "?welcome=1";
    }

    @GetMapping("/{rsvpId}/{key}")
    String rsvp(@PathVariable String rsvpId, @PathVariable String key, @RequestParam(required = false) String welcome,
            Locale locale, Model model) {
        Rsvp rsvp = opened(rsvpId, key);
        model.addAttribute("rsvp", rsvp);
        Meeting meeting = meetings.get(rsvp.meetingId());
        model.addAttribute("meeting", views.of(meeting, locale));
        model.addAttribute("position", meetings.places(meeting).position(rsvpId));
        model.addAttribute("welcome", welcome != null);
        model.addAttribute("base", links.path(Kind.RSVP, rsvpId));
        return "outreach/rsvp";
    }

    @PostMapping("/{rsvpId}/{key}/cancel")
    String cancel(@PathVariable String rsvpId, @PathVariable String key) {
        opened(rsvpId, key);
        rsvps.cancel(rsvpId);
        return "redirect:" + links.path(Kind.RSVP, rsvpId);
    }

    private Rsvp opened(String rsvpId, String key) {
        if (!links.opens(Kind.RSVP, rsvpId, key)) {
            throw PlazaProblem.notFound("rsvp-not-found", "outreach.problem.rsvp-not-found");
        }
        return rsvps.get(rsvpId);
    }
}
