package org.plaza.petitions.console;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.plaza.petitions.PetitionSettings;
import org.plaza.petitions.campaign.Campaign;
import org.plaza.petitions.campaign.CampaignDirectory;
import org.plaza.petitions.invalidation.Criterion;
import org.plaza.petitions.invalidation.Invalidations;
import org.plaza.petitions.invalidation.SelectionRequest;
import org.plaza.petitions.moderation.CommentModeration;
import org.plaza.petitions.moderation.HideReason;
import org.plaza.petitions.petition.DeliveryMethod;
import org.plaza.petitions.petition.DeliveryReport;
import org.plaza.petitions.petition.Petition;
import org.plaza.petitions.petition.PetitionService;
import org.plaza.petitions.petition.ResponseOutcome;
import org.plaza.petitions.petition.ResponseReport;
import org.plaza.petitions.tally.LiveCounts;
import org.plaza.starter.access.CampaignAccess;
import org.plaza.starter.form.FormAnswers;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.security.StaffMember;
import org.plaza.starter.vocabulary.Vocabulary;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The staff pages. They call the same services as the staff API, so access rules and invariants are the
 * same; a refused action shows the page again with the reason (and the fields concerned).
 */
@Controller
@RequestMapping("/staff/petitions")
class ConsolePages {

    private final PetitionService petitions;
    private final CampaignAccess access;
    private final CampaignDirectory campaigns;
    private final Vocabulary vocabulary;
    private final LiveCounts counts;
    private final CommentModeration moderation;
    private final Invalidations invalidations;
    private final PetitionSettings settings;
    private final MessageSource messages;

    ConsolePages(PetitionService petitions, CampaignAccess access, CampaignDirectory campaigns,
            Vocabulary vocabulary, LiveCounts counts, CommentModeration moderation, Invalidations invalidations,
            PetitionSettings settings, MessageSource messages) {
        this.petitions = petitions;
        this.access = access;
        this.campaigns = campaigns;
        this.vocabulary = vocabulary;
        this.counts = counts;
        this.moderation = moderation;
        this.invalidations = invalidations;
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping
    String list(Authentication auth, Locale locale, Model model) {
        StaffMember staff = StaffMember.of(auth);
        model.addAttribute("rows", petitions.list(staff, null).stream()
                .map(p -> new Row(p.id(), p.title(locale.getLanguage()), p.status().name(), p.campaignId(),
                        counts.get(p.id()).verified()))
                .toList());
        model.addAttribute("canCreate", !manageableCampaigns(staff).isEmpty());
        return "staff/list";
    }

    @GetMapping("/new")
    String newPetition(@RequestParam(required = false) String campaignId, Authentication auth, Model model) {
        PetitionForm form = new PetitionForm();
        form.setCampaignId(campaignId);
        return form(null, form, StaffMember.of(auth), model);
    }

    @PostMapping
    String create(@Validated @ModelAttribute("form") PetitionForm form, BindingResult errors, Authentication auth,
            Locale locale, Model model, HttpServletResponse response) {
        StaffMember staff = StaffMember.of(auth);
        if (form.getCampaignId() == null || form.getCampaignId().isBlank()) {
            errors.rejectValue("campaignId", "NotBlank");
        }
        return submit(null, form, errors, staff, locale, model, response,
                () -> petitions.create(staff, form.getCampaignId(), form.getSlug(), form.details(settings.timeZone())));
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable String id, Authentication auth, Model model) {
        StaffMember staff = StaffMember.of(auth);
        Petition petition = petitions.manageable(staff, id);
        return form(petition, PetitionForm.of(petition.details(), settings.timeZone()), staff, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable String id, @Validated @ModelAttribute("form") PetitionForm form, BindingResult errors,
            Authentication auth, Locale locale, Model model, HttpServletResponse response) {
        StaffMember staff = StaffMember.of(auth);
        Petition petition = petitions.manageable(staff, id);
        return submit(petition, form, errors, staff, locale, model, response,
                () -> petitions.edit(staff, id, form.details(settings.timeZone())));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable String id, Authentication auth, Locale locale, Model model) {
        return detailPage(id, StaffMember.of(auth), locale, model);
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable String id, Authentication auth, Locale locale, Model model,
            HttpServletResponse response) {
        StaffMember staff = StaffMember.of(auth);
        return act(id, staff, locale, model, response, () -> petitions.publish(staff, id));
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable String id, Authentication auth, Locale locale, Model model,
            HttpServletResponse response) {
        StaffMember staff = StaffMember.of(auth);
        return act(id, staff, locale, model, response, () -> petitions.close(staff, id));
    }

    @PostMapping("/{id}/deadline")
    String extend(@PathVariable String id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime closesAt,
            Authentication auth, Locale locale, Model model, HttpServletResponse response) {
        StaffMember staff = StaffMember.of(auth);
        return act(id, staff, locale, model, response, () -> petitions.extendDeadline(staff, id,
                closesAt == null ? null : closesAt.atZone(settings.timeZone()).toInstant()));
    }

    @PostMapping("/{id}/delivery")
    String deliver(@PathVariable String id, @Validated DeliveryReport delivery, BindingResult errors,
            Authentication auth, Locale locale, Model model, HttpServletResponse response) {
        StaffMember staff = StaffMember.of(auth);
        if (errors.hasErrors()) {
            return refused(id, errors, staff, locale, model, response);
        }
        return act(id, staff, locale, model, response, () -> petitions.recordDelivery(staff, id,
                delivery.deliveredOn(), delivery.method(), strip(delivery.notes())));
    }

    @PostMapping("/{id}/response")
    String respond(@PathVariable String id, @Validated ResponseReport answer, BindingResult errors,
            Authentication auth, Locale locale, Model model, HttpServletResponse response) {
        StaffMember staff = StaffMember.of(auth);
        if (errors.hasErrors()) {
            return refused(id, errors, staff, locale, model, response);
        }
        return act(id, staff, locale, model, response, () -> petitions.recordResponse(staff, id, answer.respondedOn(),
                answer.outcome(), answer.summaryEs().strip(), answer.summaryEn().strip()));
    }

    @PostMapping("/{id}/comments/{signatureId}/hide")
    String hide(@PathVariable String id, @PathVariable String signatureId, @Validated HideReason hiding,
            BindingResult errors, Authentication auth, Locale locale, Model model, HttpServletResponse response) {
        StaffMember staff = StaffMember.of(auth);
        if (errors.hasErrors()) {
            return refused(id, errors, staff, locale, model, response);
        }
        return act(id, staff, locale, model, response, () -> {
            moderation.hide(staff, id, signatureId, hiding.reason().strip());
            return null;
        });
    }

    @PostMapping("/{id}/comments/{signatureId}/restore")
    String restoreComment(@PathVariable String id, @PathVariable String signatureId, Authentication auth,
            Locale locale, Model model, HttpServletResponse response) {
        StaffMember staff = StaffMember.of(auth);
        return act(id, staff, locale, model, response, () -> {
            moderation.restore(staff, id, signatureId);
            return null;
        });
    }

    @PostMapping("/{id}/invalidations")
    String invalidate(@PathVariable String id, @RequestParam(required = false) Criterion criterion,
            @RequestParam(required = false) String value,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime to,
            @RequestParam(required = false) String reason, Authentication auth, Locale locale, Model model,
            HttpServletResponse response) {
        StaffMember staff = StaffMember.of(auth);
        return act(id, staff, locale, model, response, () -> {
            required("criterion", criterion);
            invalidations.invalidate(staff, id, new SelectionRequest(criterion, limit(value, 320),
                    from == null ? null : from.atZone(settings.timeZone()).toInstant(),
                    to == null ? null : to.atZone(settings.timeZone()).toInstant(), limit(reason, 500)));
            return null;
        });
    }

    @PostMapping("/{id}/invalidations/{batchId}/restore")
    String restoreBatch(@PathVariable String id, @PathVariable String batchId, Authentication auth, Locale locale,
            Model model, HttpServletResponse response) {
        StaffMember staff = StaffMember.of(auth);
        return act(id, staff, locale, model, response, () -> {
            invalidations.restore(staff, id, batchId);
            return null;
        });
    }

    private String submit(Petition existing, PetitionForm form, BindingResult errors, StaffMember staff, Locale locale,
            Model model, HttpServletResponse response, Supplier<Petition> save) {
        if (!errors.hasErrors()) {
            try {
                return "redirect:/staff/petitions/" + save.get().id();
            } catch (NumberFormatException tooLarge) {
                errors.rejectValue("milestones", "Pattern");
            } catch (PlazaProblem problem) {
                problem.getFieldErrors().forEach(field -> {
                    if (isFormField(field.name())) {
                        errors.rejectValue(field.name(), field.messageKey(), field.arguments(), null);
                    }
                });
                model.addAttribute("problem", explain(problem, locale));
            }
        }
        return FormAnswers.withErrors(response, form(existing, form, staff, model));
    }

    private String act(String id, StaffMember staff, Locale locale, Model model, HttpServletResponse response,
            Supplier<Object> action) {
        try {
            action.get();
            return "redirect:/staff/petitions/" + id;
        } catch (PlazaProblem problem) {
            if (problem.getStatus().value() == 404 || problem.getStatus().value() == 403) {
                throw problem;
            }
            model.addAttribute("problem", explain(problem, locale));
            return FormAnswers.refused(response, problem, detailPage(id, staff, locale, model));
        }
    }

    /** The detail page again with the refused fields of an action's form, each with the API's message for it. */
    private String refused(String id, BindingResult errors, StaffMember staff, Locale locale, Model model,
            HttpServletResponse response) {
        List<String> fields = errors.getFieldErrors().stream().map(error -> messages.getMessage(
                "staff.field." + error.getField(), null, error.getField(), locale) + ": "
                + messages.getMessage(error, locale)).toList();
        model.addAttribute("problem", new Explained(messages.getMessage("plaza.problem.validation.title", null, locale),
                messages.getMessage("plaza.problem.validation", null, locale), fields));
        return FormAnswers.withErrors(response, detailPage(id, staff, locale, model));
    }

    private String form(Petition existing, PetitionForm form, StaffMember staff, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("petition", existing);
        model.addAttribute("campaigns", manageableCampaigns(staff));
        model.addAttribute("communities", vocabulary.communities());
        return "staff/form";
    }

    private String detailPage(String id, StaffMember staff, Locale locale, Model model) {
        Petition petition = petitions.get(staff, id);
        boolean manage = access.mayManage(staff, petition.campaignId());
        model.addAttribute("petition", petition);
        model.addAttribute("language", locale.getLanguage());
        model.addAttribute("counts", counts.get(petition.id()));
        model.addAttribute("manage", manage);
        model.addAttribute("moderate", access.mayModerate(staff, petition.campaignId()));
        model.addAttribute("campaign", campaigns.find(petition.campaignId()).orElse(null));
        model.addAttribute("locale", locale);
        model.addAttribute("comments", access.mayModerate(staff, petition.campaignId())
                ? moderation.list(staff, id, false, 0, 50) : List.of());
        model.addAttribute("hiddenComments", access.mayModerate(staff, petition.campaignId())
                ? moderation.list(staff, id, true, 0, 50) : List.of());
        model.addAttribute("batches", manage ? invalidations.list(staff, id) : List.of());
        model.addAttribute("methods", DeliveryMethod.values());
        model.addAttribute("outcomes", ResponseOutcome.values());
        model.addAttribute("criteria", Criterion.values());
        model.addAttribute("publicUrl", "/petitions/" + petition.slug());
        return "staff/detail";
    }

    private List<Campaign> manageableCampaigns(StaffMember staff) {
        return campaigns.openForNewPetitions(staff);
    }

    private Explained explain(PlazaProblem problem, Locale locale) {
        List<String> fields = new ArrayList<>();
        problem.getFieldErrors().forEach(field -> fields.add(messages.getMessage("staff.field." + field.name(), null,
                field.name(), locale) + ": " + messages.getMessage(field.messageKey(), field.arguments(), locale)));
        return new Explained(messages.getMessage(problem.getMessageKey() + ".title", null,
                messages.getMessage("plaza.problem.error.title", null, locale), locale),
                messages.getMessage(problem.getMessageKey(), problem.getArguments(), locale), fields);
    }

    private static boolean isFormField(String name) {
        return List.of("campaignId", "slug", "titleEs", "titleEn", "textEs", "textEn", "decisionMakerEs",
                "decisionMakerEn", "signatureGoal", "milestones", "communities", "closesAt").contains(name);
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw PlazaProblem.badRequest("validation", "plaza.problem.validation").withFieldError(field, "NotNull");
        }
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static String limit(String text, int max) {
        if (text == null) {
            return null;
        }
        if (text.length() > max) {
            throw PlazaProblem.badRequest("validation", "plaza.problem.validation").withFieldError("text", "Size",
                    "text", max, 0);
        }
        return text.strip();
    }

    /** A petition in the list. */
    record Row(String id, String title, String status, String campaignId, long verified) {
    }

    /** A refusal in the staff member's language. */
    record Explained(String title, String detail, List<String> fields) {
    }
}
