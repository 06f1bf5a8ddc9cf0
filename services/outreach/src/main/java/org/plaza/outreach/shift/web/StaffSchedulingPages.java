package org.plaza.outreach.shift.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.plaza.outreach.access.Campaigns;
import org.plaza.outreach.shift.Activity;
import org.plaza.outreach.shift.Shift;
import org.plaza.outreach.shift.ShiftRequest;
import org.plaza.outreach.shift.ShiftService;
import org.plaza.outreach.shift.ShiftViews;
import org.plaza.outreach.shift.TrainingRequest;
import org.plaza.outreach.support.Times;
import org.plaza.outreach.training.TrainingSeries;
import org.plaza.outreach.training.Trainings;
import org.plaza.starter.access.CampaignAccess;
import org.plaza.starter.form.FormAnswers;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.vocabulary.Vocabulary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Organizers schedule shifts and training series and call shifts off, on pages that work without JavaScript.
 * A thin layer over {@link ShiftService}: its refusals come back next to the fields they concern, with what
 * was typed kept; an overlap is shown at the start time (shift) or the sessions (training).
 */
@Controller
class StaffSchedulingPages {

    /** The role codes the form offers (labels {@code shift.role.<CODE>}); the API takes any well-formed code. */
    static final List<String> ROLES = List.of("CANVASSER", "TEAM_LEAD", "INTERPRETER", "DRIVER", "GREETER", "PHONE_BANKER",
            "DATA_ENTRY");
    private static final Set<String> SHIFT_FIELDS = Stream.concat(SchedulingForm.FIELDS.stream(),
            Stream.of("activity", "startsAt", "endsAt", "roles", "requiredTrainingId")).collect(Collectors.toUnmodifiableSet());
    private static final Pattern SESSION_FIELD = Pattern.compile("sessions\\[(\\d+)]\\.(startsAt|endsAt)");
    private static final String OVERLAP = "shift-overlap";

    private final ShiftService service;
    private final ShiftViews views;
    private final CampaignAccess access;
    private final Campaigns campaigns;
    private final Vocabulary vocabulary;
    private final Trainings trainings;
    private final Times times;

    StaffSchedulingPages(ShiftService service, ShiftViews views, CampaignAccess access, Campaigns campaigns,
            Vocabulary vocabulary, Trainings trainings, Times times) {
        this.service = service;
        this.views = views;
        this.access = access;
        this.campaigns = campaigns;
        this.vocabulary = vocabulary;
        this.trainings = trainings;
        this.times = times;
    }

    @InitBinder("shift")
    void shiftFields(WebDataBinder binder) {
        binder.setAllowedFields(SHIFT_FIELDS.toArray(String[]::new));
    }

    /** Binds the training's fields and at most {@link TrainingForm#MAX_ROWS} session rows, named one by one. */
    @InitBinder("training")
    void trainingFields(WebDataBinder binder) {
        List<String> allowed = new ArrayList<>(SchedulingForm.FIELDS);
        for (int row = 0; row < TrainingForm.MAX_ROWS; row++) {
            allowed.add("sessions[" + row + "].startsAt");
            allowed.add("sessions[" + row + "].endsAt");
        }
        binder.setAllowedFields(allowed.toArray(String[]::new));
    }

    @GetMapping("/staff/outreach/campaigns/{campaignId}/shifts/new")
    String newShift(@PathVariable String campaignId, Locale locale, Model model) {
        access.requireManage(campaignId);
        ShiftForm form = new ShiftForm();
        form.getLanguagesNeeded().add(locale.getLanguage());
        return shiftPage(campaignId, form, locale, model);
    }

    @PostMapping("/staff/outreach/campaigns/{campaignId}/shifts")
    String schedule(@PathVariable String campaignId, @ModelAttribute("shift") ShiftForm form, BindingResult binding,
            Locale locale, Model model, HttpServletResponse response) {
        access.requireManage(campaignId);
        ShiftRequest request = form.toRequest(campaignId, binding);
        try {
            Shift shift = service.schedule(request);
            return "redirect:" + campaignPage(campaignId, "scheduled", shift.id());
        } catch (PlazaProblem refused) {
            if (CampaignAccess.isRefusal(refused)) {
                throw refused;
            }
            reject(refused, binding, field -> SHIFT_FIELDS.contains(field) ? field : null, "startsAt");
            return FormAnswers.refused(response, refused, shiftPage(campaignId, form, locale, model));
        }
    }

    @GetMapping("/staff/outreach/campaigns/{campaignId}/trainings/new")
    String newTraining(@PathVariable String campaignId, Locale locale, Model model) {
        access.requireManage(campaignId);
        TrainingForm form = new TrainingForm();
        form.getLanguagesNeeded().add(locale.getLanguage());
        form.ensureRows(3);
        return trainingPage(campaignId, form, locale, model);
    }

    @PostMapping("/staff/outreach/campaigns/{campaignId}/trainings")
    String scheduleTraining(@PathVariable String campaignId, @ModelAttribute("training") TrainingForm form,
            BindingResult binding, @RequestParam(required = false) String more, Locale locale, Model model,
            HttpServletResponse response) {
        access.requireManage(campaignId);
        if (more != null) {
            form.ensureRows(form.getSessions().size() + 1);
            return trainingPage(campaignId, form, locale, model);
        }
        TrainingRequest request = form.toRequest(campaignId, binding);
        try {
            TrainingSeries training = service.scheduleTraining(request);
            return "redirect:" + campaignPage(campaignId, "training", training.id());
        } catch (PlazaProblem refused) {
            if (CampaignAccess.isRefusal(refused)) {
                throw refused;
            }
            reject(refused, binding, field -> trainingField(field, form), "sessions");
            form.ensureRows(1);
            return FormAnswers.refused(response, refused, trainingPage(campaignId, form, locale, model));
        }
    }

    @GetMapping("/staff/outreach/shifts/{shiftId}/cancel")
    String confirmCancel(@PathVariable String shiftId, Locale locale, Model model) {
        Shift shift = service.get(shiftId);
        access.requireManage(shift.campaignId());
        return cancelPage(shift, null, locale, model);
    }

    @PostMapping("/staff/outreach/shifts/{shiftId}/cancel")
    String cancel(@PathVariable String shiftId, Locale locale, Model model, HttpServletResponse response) {
        Shift shift = service.get(shiftId);
        try {
            service.cancel(shiftId);
            return "redirect:" + campaignPage(shift.campaignId(), "cancelled", shiftId);
        } catch (PlazaProblem refused) {
            if (CampaignAccess.isRefusal(refused)) {
                throw refused;
            }
            return FormAnswers.refused(response, refused, cancelPage(shift, refused, locale, model));
        }
    }

    /**
     * Puts the service's refusals on the form: a field error on the field it names (or the page's
     * {@code conflictField} for an overlap), anything else in the summary only.
     */
    private static void reject(PlazaProblem refused, BindingResult binding, UnaryOperator<String> fieldOf,
            String conflictField) {
        if (OVERLAP.equals(refused.getType())) {
            binding.rejectValue(conflictField, refused.getMessageKey(), refused.getArguments(), refused.getMessageKey());
            return;
        }
        if (refused.getFieldErrors().isEmpty()) {
            binding.reject(refused.getMessageKey(), refused.getArguments(), refused.getMessageKey());
            return;
        }
        for (PlazaProblem.Field error : refused.getFieldErrors()) {
            String field = fieldOf.apply(error.name());
            if (field == null) {
                binding.reject(error.messageKey(), error.arguments(), error.messageKey());
            } else if (!binding.hasFieldErrors(field)) {
                binding.rejectValue(field, error.messageKey(), error.arguments(), error.messageKey());
            }
        }
    }

    /** The form field of a training request's field: session errors go to the row they came from. */
    private static String trainingField(String field, TrainingForm form) {
        Matcher session = SESSION_FIELD.matcher(field);
        if (session.matches()) {
            return "sessions[" + form.rowOf(Integer.parseInt(session.group(1))) + "]." + session.group(2);
        }
        return "sessions".equals(field) || SchedulingForm.FIELDS.contains(field) ? field : null;
    }

    private static String campaignPage(String campaignId, String done, String id) {
        return UriComponentsBuilder.fromPath("/staff/outreach/campaigns/{campaignId}").queryParam("done", done)
                .queryParam("item", id).buildAndExpand(campaignId).encode().toUriString();
    }

    private String shiftPage(String campaignId, ShiftForm form, Locale locale, Model model) {
        common(campaignId, locale, model);
        model.addAttribute("shift", form);
        model.addAttribute("activities", Activity.values());
        model.addAttribute("roles", ROLES);
        model.addAttribute("trainings", trainings.findByCampaignId(campaignId).stream()
                .sorted(Comparator.comparing(TrainingSeries::createdAt)).toList());
        return "staff/schedule-shift";
    }

    private String trainingPage(String campaignId, TrainingForm form, Locale locale, Model model) {
        common(campaignId, locale, model);
        model.addAttribute("training", form);
        model.addAttribute("maxRows", TrainingForm.MAX_ROWS);
        return "staff/schedule-training";
    }

    private void common(String campaignId, Locale locale, Model model) {
        model.addAttribute("campaignId", campaignId);
        model.addAttribute("campaignTitle", campaigns.findById(campaignId).map(c -> c.title(locale)).orElse(campaignId));
        model.addAttribute("communities", vocabulary.communities());
        model.addAttribute("languages", Vocabulary.codes(vocabulary.siteLanguages()));
        model.addAttribute("timeZone", times.zone().getId());
    }

    private String cancelPage(Shift shift, PlazaProblem refused, Locale locale, Model model) {
        model.addAttribute("view", views.view(shift, locale));
        model.addAttribute("refusalKey", refused == null ? null : refused.getMessageKey());
        model.addAttribute("refusalArguments", refused == null ? null : refused.getArguments());
        return "staff/cancel-shift";
    }
}
