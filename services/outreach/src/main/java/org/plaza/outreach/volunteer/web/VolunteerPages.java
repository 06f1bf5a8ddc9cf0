package org.plaza.outreach.volunteer.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.plaza.events.outreach.VolunteerRegistered.AgeGroup;
import org.plaza.starter.form.FormAnswers;
import org.plaza.starter.invitation.VolunteerInvitation;
import org.plaza.starter.invitation.VolunteerInvitations;
import org.plaza.outreach.volunteer.Availability;
import org.plaza.outreach.volunteer.FieldError;
import org.plaza.outreach.volunteer.Skill;
import org.plaza.outreach.volunteer.SpokenLanguage;
import org.plaza.outreach.volunteer.VolunteerRules;
import org.plaza.outreach.volunteer.VolunteerService;
import org.plaza.starter.vocabulary.Vocabulary;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The volunteer sign-up page. Works without JavaScript: every field is always shown (the guardian's fields
 * say they are for youth), errors come back next to their fields with a summary and status 400, and what was typed
 * stays.
 * An invitation link pre-fills the community and the campaign; a shift link brings the new volunteer to
 * that shift on their personal page. Sending the form only asks for the email to be confirmed, with the same
 * page for a new and a known person (a See Other to {@code /received}, so a reload sends nothing again); the link in that email leads to {@code /confirm}, whose button (a POST)
 * opens the volunteer's personal page.
 */
@Controller
@RequestMapping("/outreach/volunteer")
class VolunteerPages {

    private final VolunteerService service;
    private final VolunteerRules rules;
    private final VolunteerInvitations invitations;
    private final Vocabulary vocabulary;

    VolunteerPages(VolunteerService service, VolunteerRules rules, VolunteerInvitations invitations, Vocabulary vocabulary) {
        this.service = service;
        this.rules = rules;
        this.invitations = invitations;
        this.vocabulary = vocabulary;
    }

    /** Binds only the form's own fields; anything else a client sends is ignored, never followed into the object. */
    @InitBinder("form")
    void onlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields("name", "email", "phone", "preferredLanguage", "community", "languages", "otherLanguage",
                "skills", "availability", "ageGroup", "guardianName", "guardianContact", "guardianConsent", "contactConsent",
                "textOptIn", "campaign", "shift", "invitation", "website");
    }

    @GetMapping
    String form(@RequestParam(required = false) String invitation, @RequestParam(required = false) String campaign,
            @RequestParam(required = false) String shift, Locale locale, Model model) {
        VolunteerForm form = new VolunteerForm();
        form.setPreferredLanguage(locale.getLanguage());
        form.setCampaign(campaign);
        form.setShift(shift);
        form.setContactConsent(false);
        invitations.read(invitation).ifPresent(i -> prefill(form, i, invitation));
        model.addAttribute("invited", form.getInvitation() != null);
        model.addAttribute("invitationExpired", invitation != null && form.getInvitation() == null);
        return page(form, model);
    }

    @PostMapping
    String register(@ModelAttribute("form") VolunteerForm form, BindingResult binding, Locale locale, Model model,
            HttpServletResponse response) {
        if (form.caughtInHoneypot()) {
            return received(form.getEmail() != null && !form.getEmail().isBlank(), locale);
        }
        List<FieldError> errors = rules.check(form.toApplication());
        errors.forEach(error -> binding.rejectValue(error.field(), error.messageKey()));
        if (binding.hasErrors()) {
            model.addAttribute("invited", invitations.read(form.getInvitation()).isPresent());
            return FormAnswers.withErrors(response, page(form, model));
        }
        VolunteerService.Received received = service.apply(form.toApplication(), form.getShift());
        return received(received.byEmail(), locale);
    }

    /** "Check your email" (or texts): the page a sign-up is sent to, so reloading it sends nothing again. */
    @GetMapping("/received")
    String received(@RequestParam(required = false) String via, Model model) {
        model.addAttribute("byEmail", !"text".equals(via));
        return "outreach/volunteer-received";
    }

    private static String received(boolean byEmail, Locale locale) {
        return "redirect:/outreach/volunteer/received?via=" + (byEmail ? "email" : "text") + "&lang="
                + locale.getLanguage();
    }

    /** The link in the confirmation email: a button that confirms (a POST, so a mail scanner's GET confirms nothing). */
    @GetMapping("/confirm")
    String confirmation(@RequestParam(required = false) String token, Model model) {
        boolean valid = service.confirmable(token);
        model.addAttribute("token", valid ? token : null);
        return "outreach/volunteer-confirm";
    }

    @PostMapping("/confirm")
    String confirm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        Optional<VolunteerService.Confirmed> confirmed = service.confirm(token);
        if (confirmed.isEmpty()) {
            model.addAttribute("token", null);
            return FormAnswers.withStatus(response, HttpStatus.GONE, "outreach/volunteer-confirm");
        }
        UriComponentsBuilder next = UriComponentsBuilder.fromPath(confirmed.get().link().path()).queryParam("welcome", "1");
        if (confirmed.get().shiftId() != null) {
            next.queryParam("shift", confirmed.get().shiftId());
        }
        return "redirect:" + next.build().encode().toUriString();
    }

    private String page(VolunteerForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("communities", vocabulary.residentCommunities());
        model.addAttribute("spokenLanguages", SpokenLanguage.values());
        model.addAttribute("skills", Skill.values());
        model.addAttribute("availabilities", Availability.values());
        model.addAttribute("ageGroups", Arrays.asList(AgeGroup.ADULT, AgeGroup.YOUTH));
        return "outreach/volunteer-form";
    }

    private static void prefill(VolunteerForm form, VolunteerInvitation invitation, String token) {
        form.setInvitation(token);
        form.setCampaign(invitation.campaignId());
        form.setCommunity(invitation.community());
        SpokenLanguage.ofIsoCode(invitation.language()).ifPresent(language -> form.getLanguages().add(language));
    }
}
