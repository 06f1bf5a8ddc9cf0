package org.plaza.petitions.paper.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.plaza.petitions.paper.Entered;
import org.plaza.petitions.paper.ImportReport;
import org.plaza.petitions.paper.PaperIntake;
import org.plaza.petitions.paper.SheetImport;
import org.plaza.petitions.petition.Petition;
import org.plaza.petitions.petition.PetitionService;
import org.plaza.petitions.tally.Channels;
import org.plaza.petitions.tally.LiveCounts;
import org.plaza.starter.form.FormAnswers;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.security.StaffMember;
import org.plaza.starter.vocabulary.Vocabulary;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The staff pages for paper signatures. The entry form is made for typing a sheet quickly without the mouse: the
 * cursor starts in the first empty field, fields follow the sheet's columns, Enter submits, and after each row the
 * form comes back empty with the sheet's provenance and the last community kept, the sheet's running count and what
 * became of the row. The import page takes a typed sheet as a CSV file and shows its report.
 */
@Controller
@RequestMapping("/staff/petitions/{id}/paper")
class PaperPages {

    private static final Set<String> FIELDS = Set.of("channel", "sheet", "collector", "place", "collectedOn",
            "language", "fullName", "email", "phone", "community", "consent");

    private final PaperIntake intake;
    private final SheetImport imports;
    private final PetitionService petitions;
    private final LiveCounts counts;
    private final Vocabulary vocabulary;
    private final MessageSource messages;

    PaperPages(PaperIntake intake, SheetImport imports, PetitionService petitions, LiveCounts counts,
            Vocabulary vocabulary, MessageSource messages) {
        this.intake = intake;
        this.imports = imports;
        this.petitions = petitions;
        this.counts = counts;
        this.vocabulary = vocabulary;
        this.messages = messages;
    }

    @GetMapping
    String entryForm(@PathVariable String id, @ModelAttribute("form") PaperForm form,
            @RequestParam(required = false) String last, @RequestParam(required = false) String existing,
            Authentication auth, Locale locale, Model model) {
        Petition petition = petitions.manageable(StaffMember.of(auth), id);
        defaults(form, locale);
        model.addAttribute("last", last);
        model.addAttribute("existing", existing != null && Channels.ALL.contains(existing) ? existing : null);
        return page(petition, form, locale, model, "staff/paper");
    }

    @PostMapping
    String enter(@PathVariable String id, @ModelAttribute("form") PaperForm form, BindingResult errors,
            Authentication auth, Locale locale, Model model, HttpServletResponse response) {
        StaffMember staff = StaffMember.of(auth);
        Petition petition = petitions.manageable(staff, id);
        try {
            Entered entered = intake.enter(staff, id, form.sheetDetails(), form.signer());
            UriComponentsBuilder next = UriComponentsBuilder.fromPath("/staff/petitions/{id}/paper")
                    .queryParam("channel", form.getChannel()).queryParam("sheet", form.getSheet())
                    .queryParam("collector", form.getCollector()).queryParam("place", form.getPlace())
                    .queryParam("collectedOn", form.getCollectedOn()).queryParam("language", form.getLanguage())
                    .queryParam("community", form.getCommunity())
                    .queryParam("last", entered.outcome().name().toLowerCase(Locale.ROOT));
            if (entered.existingChannel() != null) {
                next.queryParam("existing", entered.existingChannel());
            }
            return "redirect:" + next.buildAndExpand(id).encode().toUriString();
        } catch (PlazaProblem problem) {
            return refused(problem, petition, form, errors, locale, model, response, "staff/paper");
        }
    }

    @GetMapping("/import")
    String importForm(@PathVariable String id, @ModelAttribute("form") PaperForm form, Authentication auth,
            Locale locale, Model model) {
        Petition petition = petitions.manageable(StaffMember.of(auth), id);
        defaults(form, locale);
        return page(petition, form, locale, model, "staff/paper-import");
    }

    @PostMapping("/import")
    String importSheet(@PathVariable String id, @ModelAttribute("form") PaperForm form, BindingResult errors,
            @RequestParam(required = false) MultipartFile file, Authentication auth, Locale locale, Model model,
            HttpServletResponse response) throws IOException {
        StaffMember staff = StaffMember.of(auth);
        Petition petition = petitions.manageable(staff, id);
        try {
            ImportReport report = imports.run(staff, id, form.sheetDetails(),
                    file == null ? null : file.getOriginalFilename(), file == null ? new byte[0] : file.getBytes());
            model.addAttribute("report", report);
            return page(petition, form, locale, model, "staff/paper-import");
        } catch (PlazaProblem problem) {
            return refused(problem, petition, form, errors, locale, model, response, "staff/paper-import");
        }
    }

    private String refused(PlazaProblem problem, Petition petition, PaperForm form, BindingResult errors,
            Locale locale, Model model, HttpServletResponse response, String view) {
        int status = problem.getStatus().value();
        if (status == 404 || status == 403) {
            throw problem;
        }
        problem.getFieldErrors().forEach(field -> {
            if (FIELDS.contains(field.name())) {
                errors.rejectValue(field.name(), field.messageKey(), field.arguments(), null);
            } else {
                model.addAttribute(field.name() + "Error",
                        messages.getMessage(field.messageKey(), field.arguments(), locale));
            }
        });
        if (problem.getFieldErrors().isEmpty()) {
            model.addAttribute("problem", messages.getMessage(problem.getMessageKey(), problem.getArguments(), locale));
        }
        return FormAnswers.refused(response, problem, page(petition, form, locale, model, view));
    }

    private void defaults(PaperForm form, Locale locale) {
        if (form.getChannel() == null) {
            form.setChannel(Channels.PAPER_FORM);
        }
        if (form.getLanguage() == null) {
            form.setLanguage(locale.getLanguage());
        }
    }

    private String page(Petition petition, PaperForm form, Locale locale, Model model, String view) {
        model.addAttribute("petition", petition);
        model.addAttribute("language", locale.getLanguage());
        model.addAttribute("counts", counts.get(petition.id()));
        model.addAttribute("sheetCount", intake.sheetCount(petition.id(), form.getSheet()));
        model.addAttribute("channels", List.of(Channels.PAPER_FORM, Channels.CANVASS));
        model.addAttribute("communities", vocabulary.residentCommunities());
        model.addAttribute("languages", vocabulary.siteLanguages());
        model.addAttribute("locale", locale);
        return view;
    }
}
