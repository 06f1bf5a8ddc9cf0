package org.plaza.supporters.transfer.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.plaza.starter.access.CampaignAccess;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.security.StaffMember;
import org.plaza.supporters.supporter.Directory;
import org.plaza.supporters.transfer.ImportReport;
import org.plaza.supporters.transfer.ImportReports;
import org.plaza.supporters.transfer.SheetImporter;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import form ({@code /staff/supporters/import}:
 * campaign, the consent wording printed on the sheet, the file) with whole-file refusals next to their fields, and
 * the import's report ({@code /staff/supporters/imports/{id}}) listing each refused row in the reader's language.
 */
@Controller
class StaffTransferPages {

    private final SheetImporter importer;
    private final Directory directory;
    private final ImportReports reports;
    private final MessageSource messages;

    StaffTransferPages(SheetImporter importer, Directory directory, ImportReports reports, MessageSource messages) {
        this.importer = importer;
        this.directory = directory;
        this.reports = reports;
        this.messages = messages;
    }

    @GetMapping("/staff/supporters/import")
    String form(Authentication auth, Model model) {
        return formPage(StaffMember.of(auth), null, null, Map.of(), model);
    }

    @PostMapping("/staff/supporters/import")
    String importSheet(@RequestParam(required = false) String campaign, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String wording, Authentication auth, Locale locale, Model model)
            throws IOException {
        StaffMember staff = StaffMember.of(auth);
        try {
            if (file == null || file.isEmpty()) {
                throw PlazaProblem.badRequest("validation", "plaza.problem.validation").withFieldError("file", "supporters.import.error.empty");
            }
            ImportReport report = importer.run(staff, campaign, file.getOriginalFilename(), file.getBytes(), wording);
            return "redirect:/staff/supporters/imports/" + report.id();
        } catch (PlazaProblem refused) {
            if (CampaignAccess.isRefusal(refused) || refused.getFieldErrors().isEmpty()) {
                throw refused;
            }
            Map<String, String> errors = new LinkedHashMap<>();
            refused.getFieldErrors().forEach(field -> errors.putIfAbsent(field.name(),
                    messages.getMessage(field.messageKey(), field.arguments(), locale)));
            return formPage(staff, campaign, wording, errors, model);
        }
    }

    @GetMapping("/staff/supporters/imports/{importId}")
    String report(@PathVariable String importId, Authentication auth, Locale locale, Model model) {
        ImportReport report = StaffTransferApi.visibleReport(reports, directory, StaffMember.of(auth), importId);
        model.addAttribute("report", StaffTransferApi.ReportView.of(report, messages, locale));
        return "staff/import-report";
    }

    private String formPage(StaffMember staff, String campaign, String wording, Map<String, String> errors, Model model) {
        model.addAttribute("campaigns", directory.campaigns(staff));
        model.addAttribute("campaign", campaign);
        model.addAttribute("wording", wording);
        model.addAttribute("errors", errors);
        return "staff/import";
    }
}
