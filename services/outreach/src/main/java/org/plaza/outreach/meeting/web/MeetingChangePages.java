package org.plaza.outreach.meeting.web;

import java.util.Locale;

import org.plaza.outreach.meeting.Meeting;
import org.plaza.outreach.meeting.MeetingService;
import org.plaza.outreach.support.Times;
import org.plaza.starter.access.CampaignAccess;
import org.plaza.starter.form.FormAnswers;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.vocabulary.Vocabulary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import jakarta.servlet.http.HttpServletResponse;

/**
 * An organizer moves a meeting to another time or place, or calls it off after confirming, on pages that work
 * without JavaScript: the same rules as the API ({@link MeetingService}), refusals next to the fields with what was
 * typed kept; done, back to the campaign's page, which says everyone was told.
 */
@Controller
@RequestMapping("/staff/outreach/meetings/{meetingId}")
class MeetingChangePages {

    private final MeetingService meetings;
    private final MeetingViews views;
    private final Vocabulary vocabulary;
    private final Times times;
    private final MessageSource messages;

    MeetingChangePages(MeetingService meetings, MeetingViews views, Vocabulary vocabulary, Times times,
            MessageSource messages) {
        this.meetings = meetings;
        this.views = views;
        this.vocabulary = vocabulary;
        this.times = times;
        this.messages = messages;
    }

    @GetMapping("/move")
    String moveForm(@PathVariable String meetingId, Locale locale, Model model) {
        Meeting meeting = meetings.managed(meetingId);
        return movePage(meeting, MeetingForm.of(meeting, times), false, locale, model);
    }

    @PostMapping("/move")
    String move(@PathVariable String meetingId, @ModelAttribute("meeting") MeetingForm form, BindingResult binding,
            Locale locale, Model model, HttpServletResponse response) {
        Meeting meeting = meetings.managed(meetingId);
        try {
            Meeting moved = meetings.reschedule(meetingId, form.toRequest(meeting.campaignId()));
            if (moved.sequence() == meeting.sequence()) {
                return movePage(moved, form, true, locale, model);
            }
            return "redirect:/staff/outreach/campaigns/" + meeting.campaignId() + "?done=meeting-moved";
        } catch (PlazaProblem refused) {
            if (CampaignAccess.isRefusal(refused)) {
                throw refused;
            }
            if (refused.getFieldErrors().isEmpty()) {
                binding.reject(refused.getMessageKey(), refused.getArguments(), null);
            }
            refused.getFieldErrors().forEach(error -> binding.rejectValue(error.name(), error.messageKey(),
                    error.arguments(), null));
            return FormAnswers.refused(response, refused, movePage(meeting, form, false, locale, model));
        }
    }

    @GetMapping("/cancel")
    String cancelForm(@PathVariable String meetingId, Locale locale, Model model) {
        model.addAttribute("meeting", views.of(meetings.managed(meetingId), locale));
        return "staff/cancel-meeting";
    }

    @PostMapping("/cancel")
    String cancel(@PathVariable String meetingId, Locale locale, Model model) {
        Meeting meeting = meetings.managed(meetingId);
        try {
            meetings.cancel(meetingId);
            return "redirect:/staff/outreach/campaigns/" + meeting.campaignId() + "?done=meeting-cancelled";
        } catch (PlazaProblem refused) {
            if (CampaignAccess.isRefusal(refused)) {
                throw refused;
            }
            model.addAttribute("meeting", views.of(meeting, locale));
            model.addAttribute("refusal", messages.getMessage(refused.getMessageKey(), refused.getArguments(), locale));
            return "staff/cancel-meeting";
        }
    }

    private String movePage(Meeting meeting, MeetingForm form, boolean unchanged, Locale locale, Model model) {
        model.addAttribute("meeting", form);
        model.addAttribute("meetingId", meeting.id());
        model.addAttribute("meetingTitle", meeting.title(locale));
        model.addAttribute("unchanged", unchanged);
        model.addAttribute("communities", vocabulary.communities());
        model.addAttribute("timeZone", times.zone().getId());
        return "staff/move-meeting";
    }
}
