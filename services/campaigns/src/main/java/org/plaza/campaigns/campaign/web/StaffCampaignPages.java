package org.plaza.campaigns.campaign.web;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.plaza.campaigns.campaign.Campaign;
import org.plaza.campaigns.campaign.CampaignService;
import org.plaza.campaigns.campaign.CampaignStatus;
import org.plaza.starter.form.FormAnswers;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.security.StaffMember;
import org.plaza.starter.vocabulary.Vocabulary;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The organizers' pages under {@code /staff/campaigns}: their campaigns, a bilingual form to write one,
 * the team, and the launch and close buttons. Plain forms (no JavaScript); a refusal re-renders the page
 * with an error summary and each message next to its field, keeping what was typed.
 */
@Controller
@RequestMapping("/staff/campaigns")
class StaffCampaignPages {

    private static final List<String> NOTICES = List.of("created", "saved", "team", "launched", "closed");

    private final CampaignService campaigns;
    private final Vocabulary vocabulary;

    StaffCampaignPages(CampaignService campaigns, Vocabulary vocabulary) {
        this.campaigns = campaigns;
        this.vocabulary = vocabulary;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("communityChoices", vocabulary.communities());
        model.addAttribute("issueAreas", vocabulary.issueAreas());
    }

    @GetMapping
    String list(Authentication auth, Model model) {
        model.addAttribute("campaigns", campaigns.manageable(StaffMember.of(auth)));
        return "staff/campaigns";
    }

    @GetMapping("/new")
    String blank(@ModelAttribute("form") CampaignForm form) {
        return "staff/campaign-form";
    }

    @PostMapping
    String create(@ModelAttribute("form") CampaignForm form, BindingResult errors, Authentication auth,
            HttpServletResponse response) {
        if (errors.hasErrors()) {
            return FormAnswers.withErrors(response, "staff/campaign-form");
        }
        try {
            Campaign campaign = campaigns.create(form.details(), form.team(), StaffMember.of(auth));
            return "redirect:/staff/campaigns/" + campaign.id() + "?done=created";
        } catch (PlazaProblem problem) {
            reject(problem, errors);
            return FormAnswers.refused(response, problem, "staff/campaign-form");
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable String id, @RequestParam(required = false) String done, Authentication auth,
            Model model) {
        Campaign campaign = campaigns.get(id, StaffMember.of(auth));
        model.addAttribute("form", CampaignForm.of(campaign));
        return editPage(campaign, done, model);
    }

    @PostMapping("/{id}")
    String revise(@PathVariable String id, @ModelAttribute("form") CampaignForm form, BindingResult errors,
            Authentication auth, Model model, HttpServletResponse response) {
        StaffMember staff = StaffMember.of(auth);
        Campaign current = campaigns.get(id, staff);
        form.setOrganizerStaffIds(String.join("\n", current.team()));
        return attempt(() -> campaigns.revise(id, form.details(), staff), "saved", current, errors, model, response);
    }

    @PostMapping("/{id}/team")
    String changeTeam(@PathVariable String id, @ModelAttribute("form") CampaignForm form, BindingResult errors,
            Authentication auth, Model model, HttpServletResponse response) {
        StaffMember staff = StaffMember.of(auth);
        Campaign current = campaigns.get(id, staff);
        form.copyDetailsFrom(current);
        return attempt(() -> campaigns.changeTeam(id, form.team(), staff), "team", current, errors, model, response);
    }

    @PostMapping("/{id}/launch")
    String launch(@PathVariable String id, Authentication auth, Model model, HttpServletResponse response) {
        return lifecycle(id, auth, model, response, "launched", staff -> campaigns.launch(id, staff));
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable String id, Authentication auth, Model model, HttpServletResponse response) {
        return lifecycle(id, auth, model, response, "closed", staff -> campaigns.close(id, staff));
    }

    private String lifecycle(String id, Authentication auth, Model model, HttpServletResponse response, String done,
            Function<StaffMember, Campaign> action) {
        StaffMember staff = StaffMember.of(auth);
        Campaign current = campaigns.get(id, staff);
        CampaignForm form = CampaignForm.of(current);
        model.addAttribute("form", form);
        BindingResult errors = new BeanPropertyBindingResult(form, "form");
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
        return attempt(() -> action.apply(staff), done, current, errors, model, response);
    }

    private String attempt(Supplier<Campaign> change, String done, Campaign current, BindingResult errors, Model model,
            HttpServletResponse response) {
        if (errors.hasErrors()) {
            return FormAnswers.withErrors(response, editPage(current, null, model));
        }
        try {
            Campaign changed = change.get();
            return "redirect:/staff/campaigns/" + changed.id() + "?done=" + done;
        } catch (PlazaProblem problem) {
            reject(problem, errors);
            return FormAnswers.refused(response, problem, editPage(current, null, model));
        }
    }

    private String editPage(Campaign campaign, String done, Model model) {
        model.addAttribute("campaign", campaign);
        model.addAttribute("launchable", campaign.status() == CampaignStatus.DRAFT);
        model.addAttribute("closable", campaign.status() == CampaignStatus.LAUNCHED);
        model.addAttribute("done", done != null && NOTICES.contains(done) ? done : null);
        return "staff/campaign-form";
    }

    /** Puts a refusal's field errors next to the fields and its detail in the summary. */
    private static void reject(PlazaProblem problem, BindingResult errors) {
        if (problem.getStatus().value() == HttpStatus.NOT_FOUND.value()
                || problem.getStatus().value() == HttpStatus.FORBIDDEN.value()) {
            throw problem;
        }
        if (problem.getFieldErrors().isEmpty()) {
            errors.reject(problem.getMessageKey(), problem.getArguments(), null);
        }
        for (PlazaProblem.Field field : problem.getFieldErrors()) {
            errors.rejectValue(field.name(), field.messageKey(), field.arguments(), null);
        }
    }
}
