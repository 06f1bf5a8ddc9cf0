package org.plaza.petitions.paper.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.plaza.petitions.paper.Entered;
import org.plaza.petitions.paper.ImportReport;
import org.plaza.petitions.paper.PaperIntake;
import org.plaza.petitions.paper.PaperSigner;
import org.plaza.petitions.paper.Sheet;
import org.plaza.petitions.paper.SheetImport;
import org.plaza.starter.security.StaffMember;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/staff/petitions/{id}/paper-signatures} (one row with its sheet, JSON: 201 accepted, 200 a duplicate)
 * and {@code POST …/paper-imports} (multipart: the sheet's fields and {@code file}; the report, each refused row's
 * reason in the caller's language). Refusals are problem details, as on the pages.
 */
@RestController
@RequestMapping("/api/staff/petitions/{id}")
class PaperApi {

    private final PaperIntake intake;
    private final SheetImport imports;
    private final MessageSource messages;

    PaperApi(PaperIntake intake, SheetImport imports, MessageSource messages) {
        this.intake = intake;
        this.imports = imports;
        this.messages = messages;
    }

    @PostMapping("/paper-signatures")
    ResponseEntity<Entered> enter(@PathVariable String id, @RequestBody Row row, Authentication auth) {
        Entered entered = intake.enter(StaffMember.of(auth), id,
                new Sheet(row.channel(), row.sheet(), row.collector(), row.place(), row.collectedOn(), row.language()),
                new PaperSigner(row.fullName(), row.email(), row.phone(), row.community(), Boolean.TRUE.equals(row.consent())));
        return ResponseEntity.status(entered.outcome() == Entered.Outcome.ACCEPTED ? HttpStatus.CREATED : HttpStatus.OK)
                .body(entered);
    }

    @PostMapping("/paper-imports")
    Report importSheet(@PathVariable String id, @RequestParam(required = false) String channel,
            @RequestParam(required = false) String sheet, @RequestParam(required = false) String collector,
            @RequestParam(required = false) String place, @RequestParam(required = false) LocalDate collectedOn,
            @RequestParam(required = false) String language, @RequestParam(required = false) MultipartFile file,
            Authentication auth, Locale locale) throws IOException {
        ImportReport report = imports.run(StaffMember.of(auth), id,
                new Sheet(channel, sheet, collector, place, collectedOn, language),
                file == null ? null : file.getOriginalFilename(), file == null ? new byte[0] : file.getBytes());
        return new Report(report.importId(), report.fileName(), report.sheet(), report.rowsRead(), report.accepted(),
                report.duplicates(), report.errors().stream().map(e -> new Report.Error(e.line(), e.column(),
                        messages.getMessage(e.messageKey(), e.arguments().toArray(), locale))).toList(),
                report.sheetCount());
    }

    /** One typed row and its sheet. */
    record Row(String channel, String sheet, String collector, String place, LocalDate collectedOn, String language,
            String fullName, String email, String phone, String community, Boolean consent) {
    }

    /** An import's report, each refused row's reason worded in the caller's language. */
    record Report(String importId, String fileName, String sheet, int rowsRead, int accepted,
            List<ImportReport.Duplicate> duplicates, List<Error> errors, long sheetCount) {

        record Error(int line, String column, String message) {
        }
    }
}
