package org.plaza.supporters.transfer.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.security.StaffMember;
import org.plaza.starter.vocabulary.Vocabulary;
import org.plaza.supporters.supporter.Directory;
import org.plaza.supporters.supporter.FilterForm;
import org.plaza.supporters.transfer.ImportReport;
import org.plaza.supporters.transfer.ImportReports;
import org.plaza.supporters.transfer.SheetImporter;
import org.plaza.supporters.transfer.SupporterExport;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/staff/supporters/export.csv} (the list's filters) and {@code POST /api/staff/supporters/imports}
 * (multipart: {@code campaign}, {@code file}, {@code wording}) with its report at {@code …/imports/{id}}: each refused
 * row with its line, column and reason in the request's language.
 */
@RestController
@RequestMapping("/api/staff/supporters")
class StaffTransferApi {

    private final SupporterExport export;
    private final SheetImporter importer;
    private final ImportReports reports;
    private final Directory directory;
    private final Vocabulary vocabulary;
    private final MessageSource messages;
    private final Clock clock;

    StaffTransferApi(SupporterExport export, SheetImporter importer, ImportReports reports, Directory directory,
            Vocabulary vocabulary, MessageSource messages, Clock clock) {
        this.export = export;
        this.importer = importer;
        this.reports = reports;
        this.directory = directory;
        this.vocabulary = vocabulary;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(value = "/export.csv", produces = "text/csv")
    ResponseEntity<StreamingResponseBody> export(@ModelAttribute FilterForm form, Authentication auth, Locale locale) {
        return TransferResponses.csv(export.prepare(StaffMember.of(auth), form.toFilter(vocabulary), locale), clock);
    }

    @PostMapping(value = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ReportView importSheet(@RequestParam(required = false) String campaign, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String wording, Authentication auth, Locale locale) throws IOException {
        if (file == null || file.isEmpty()) {
            throw PlazaProblem.badRequest("validation", "plaza.problem.validation").withFieldError("file", "supporters.import.error.empty");
        }
        ImportReport report = importer.run(StaffMember.of(auth), campaign, file.getOriginalFilename(), file.getBytes(), wording);
        return ReportView.of(report, messages, locale);
    }

    @GetMapping("/imports/{importId}")
    ReportView report(@PathVariable String importId, Authentication auth, Locale locale) {
        return ReportView.of(visibleReport(reports, directory, StaffMember.of(auth), importId), messages, locale);
    }

    /** A report its importer, an organizer of its campaign, or an admin may read; anyone else gets 404. */
    static ImportReport visibleReport(ImportReports reports, Directory directory, StaffMember staff, String importId) {
        return reports.findById(importId == null ? "" : importId)
                .filter(r -> staff.isAdmin() || staff.id().equals(r.staffId()) || directory.campaigns(staff).contains(r.campaignId()))
                .orElseThrow(() -> PlazaProblem.notFound("import-not-found", "supporters.import.not-found"));
    }

    /** An import as the API shows it. */
    record ReportView(String importId, String campaignId, String fileName, String wording, int rows, int added, int merged,
            int refused, List<RowErrorView> errors, Instant at) {

        static ReportView of(ImportReport r, MessageSource messages, Locale locale) {
            return new ReportView(r.id(), r.campaignId(), r.fileName(), r.wording(), r.rows(), r.added(), r.merged(),
                    r.refused(), r.errors().stream().map(e -> new RowErrorView(e.line(), e.field(),
                            messages.getMessage(e.messageKey(), new Object[] { e.argument() }, locale))).toList(), r.at());
        }
    }

    /** @param line the file's line; @param field the column; @param message why, in the reader's language */
    record RowErrorView(int line, String field, String message) {
    }
}
