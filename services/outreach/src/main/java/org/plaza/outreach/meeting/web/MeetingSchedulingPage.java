package org.plaza.outreach.meeting.web;

import java.util.Locale;

import org.plaza.outreach.access.Campaigns;
import org.plaza.outreach.meeting.MeetingService;
import org.plaza.outreach.support.Times;
import org.plaza.starter.access.CampaignAccess;
import org.plaza.starter.form.FormAnswers;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.vocabulary.Vocabulary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Organizers schedule a meeting of their campaign on a page that works without JavaScript: the same rules as the
 * API ({@link MeetingService}), its refusals next to the fields with what was typed kept.
 */
@Controller
class MeetingSchedulingPage {

    private final MeetingService meetings;
    private final CampaignAccess access;
    private final Campaigns campaigns;
    private final Vocabulary vocabulary;
    private final Times times;

    MeetingSchedulingPage(MeetingService meetings, CampaignAccess access, Campaigns campaigns, Vocabulary vocabulary,
            Times times) {
        this.meetings = meetings;
        this.access = access;
        this.campaigns = campaigns;
        this.vocabulary = vocabulary;
        this.times = times;
    }

    @GetMapping("/staff/outreach/campaigns/{campaignId}/meetings/new")
    String form(@PathVariable String campaignId, Locale locale, Model model) {
        access.requireManage(campaignId);
        return page(campaignId, new MeetingForm(), locale, model);
    }

    @PostMapping("/staff/outreach/campaigns/{campaignId}/meetings")
    String schedule(@PathVariable String campaignId, @ModelAttribute("meeting") MeetingForm form, BindingResult binding,
            Locale locale, Model model, HttpServletResponse response) {
        access.requireManage(campaignId);
        try {
            meetings.schedule(form.toRequest(campaignId));
            return "redirect:/staff/outreach/campaigns/" + campaignId + "?done=meeting";
        } catch (PlazaProblem refused) {
            if (CampaignAccess.isRefusal(refused)) {
                throw refused;
            }
            refused.getFieldErrors().forEach(error -> binding.rejectValue(error.name(), error.messageKey(),
                    error.arguments(), null));
            return FormAnswers.refused(response, refused, page(campaignId, form, locale, model));
        }
    }

    private String page(String campaignId, MeetingForm form, Locale locale, Model model) {
        model.addAttribute("meeting", form);
        model.addAttribute("campaignId", campaignId);
        model.addAttribute("campaignTitle", campaigns.findById(campaignId).map(c -> c.title(locale)).orElse(campaignId));
        model.addAttribute("communities", vocabulary.communities());
        model.addAttribute("timeZone", times.zone().getId());
        return "staff/schedule-meeting";
    }
}
