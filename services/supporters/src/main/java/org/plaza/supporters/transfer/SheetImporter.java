package org.plaza.supporters.transfer;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plaza.starter.access.CampaignAccess;
import org.plaza.starter.csv.CsvReader;
import org.plaza.starter.id.Ids;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.security.StaffMember;
import org.plaza.starter.supporter.CanonicalEmail;
import org.plaza.starter.supporter.InvalidEmailException;
import org.plaza.starter.supporter.SupporterIds;
import org.plaza.starter.vocabulary.Vocabulary;
import org.plaza.supporters.supporter.Action;
import org.plaza.supporters.supporter.ActionKind;
import org.plaza.supporters.supporter.Consent;
import org.plaza.supporters.supporter.ContactDetails;
import org.plaza.supporters.supporter.SupporterStore;
import org.plaza.supporters.supporter.SupportersSettings;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Imports a sign-up sheet typed in after a meeting. The whole file is refused, before any row is written, when it
 * is not UTF-8, has no email column, has more rows than {@code plaza.supporters.import-max-rows}, or says people
 * agreed without the wording they agreed to. Otherwise every row is checked on its own: a good row is written at
 * once (a person already known, by the {@code supporterId} of their canonical email, gets the row merged into their
 * record), a bad one is reported with its line and reason, and a row with the same canonical email as an earlier row
 * is reported as a duplicate. Consent from the sheet is recorded with its provenance: the wording, the file, who
 * imported it and when.
 */
@Service
public class SheetImporter {

    private static final int MAX_NAME = 200;

    private final SupporterStore store;
    private final SupporterIds supporterIds;
    private final CampaignAccess access;
    private final Vocabulary vocabulary;
    private final ImportReports reports;
    private final SupportersSettings settings;
    private final MeterRegistry meters;
    private final Clock clock;

    SheetImporter(SupporterStore store, SupporterIds supporterIds, CampaignAccess access, Vocabulary vocabulary,
            ImportReports reports, SupportersSettings settings, MeterRegistry meters, Clock clock) {
        this.store = store;
        this.supporterIds = supporterIds;
        this.access = access;
        this.vocabulary = vocabulary;
        this.reports = reports;
        this.settings = settings;
        this.meters = meters;
        this.clock = clock;
    }

    /** One import: a campaign the staff member manages, the file's name and bytes, the consent wording on the sheet. */
    public ImportReport run(StaffMember staff, String campaignId, String fileName, byte[] content, String wording) {
        if (campaignId == null || campaignId.isBlank()) {
            throw invalid("campaign", "supporters.import.error.campaign");
        }
        access.requireManage(staff, campaignId.strip());
        String campaign = campaignId.strip();
        List<CsvReader.Line> lines = read(content);
        if (lines.isEmpty()) {
            throw invalid("file", "supporters.import.error.empty");
        }
        Map<String, Integer> columns = CsvReader.columns(lines.get(0), CsvReader.PERSON_COLUMNS);
        if (!columns.containsKey("email")) {
            throw invalid("file", "supporters.import.error.no-email-column");
        }
        if (lines.size() - 1 > settings.importMaxRows()) {
            throw PlazaProblem.badRequest("validation", "plaza.problem.validation")
                    .withFieldError("file", "supporters.import.error.too-many-rows", settings.importMaxRows());
        }
        String sheetWording = wording == null ? "" : wording.strip();
        boolean anyYes = columns.containsKey("consent")
                && lines.stream().skip(1)
                        .anyMatch(line -> CsvReader.answer(line.field(columns.get("consent"))) == CsvReader.Answer.YES);
        if (anyYes && sheetWording.isEmpty()) {
            throw invalid("wording", "supporters.import.error.wording");
        }
        String file = fileName == null || fileName.isBlank() ? "sheet.csv" : fileName.strip();
        Instant now = clock.instant();
        String importId = Ids.next("imp", now);
        List<ImportReport.RowError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int added = 0;
        int merged = 0;
        for (CsvReader.Line line : lines.subList(1, lines.size())) {
            Optional<Row> row = check(line, columns, errors);
            if (row.isEmpty()) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(row.get().supporterId(), line.number());
            if (earlier != null) {
                errors.add(new ImportReport.RowError(line.number(), "email", "supporters.import.error.duplicate",
                        String.valueOf(earlier)));
                continue;
            }
            boolean known = store.find(row.get().supporterId()).isPresent();
            write(row.get(), importId + ":" + line.number(), importId, campaign, file, sheetWording, staff, now);
            if (known) {
                merged++;
            } else {
                added++;
            }
        }
        meters.counter("plaza.supporters.imports.rows", "outcome", "imported").increment(added + merged);
        meters.counter("plaza.supporters.imports.rows", "outcome", "refused").increment(errors.size());
        return reports.save(ImportReport.of(importId, staff.id(), campaign, file, sheetWording, lines.size() - 1, added,
                merged, errors, now));
    }

    private void write(Row row, String shareId, String importId, String campaign, String file, String wording,
            StaffMember staff, Instant now) {
        List<Consent> consents = row.consent() == null ? List.of()
                : List.of(new Consent("EMAIL", "CAMPAIGN_UPDATES", row.consent(), wording, "IMPORT", "supporters",
                        importId, staff.id(), file, shareId, now));
        ContactDetails details = new ContactDetails(row.email(), row.name(), row.phone(), row.language(), row.community(), now);
        Action action = Action.of(ActionKind.IMPORTED, campaign, importId, "supporters", now);
        store.change(row.supporterId(), true, (supporter, at) -> supporter.share(shareId, details, consents, action, at));
    }

    private Optional<Row> check(CsvReader.Line line, Map<String, Integer> columns, List<ImportReport.RowError> errors) {
        int before = errors.size();
        String email = cell(line, columns, "email");
        String supporterId = null;
        if (email.isEmpty()) {
            errors.add(new ImportReport.RowError(line.number(), "email", "supporters.import.error.email-missing", null));
        } else {
            try {
                supporterId = supporterIds.supporterId(CanonicalEmail.of(email));
            } catch (InvalidEmailException invalid) {
                errors.add(new ImportReport.RowError(line.number(), "email", "supporters.import.error.email", null));
            }
        }
        String name = cell(line, columns, "name");
        if (name.length() > MAX_NAME || CsvReader.looksLikeFormula(name) || name.chars().anyMatch(Character::isISOControl)) {
            errors.add(new ImportReport.RowError(line.number(), "name", "supporters.import.error.name", null));
        }
        String phone = cell(line, columns, "phone");
        String digits = phone.replaceAll("[\\s().-]", "");
        if (!phone.isEmpty() && !digits.matches("\\+?[0-9]{7,15}")) {
            errors.add(new ImportReport.RowError(line.number(), "phone", "supporters.import.error.phone", null));
        }
        String language = language(cell(line, columns, "language"));
        if (language == null) {
            errors.add(new ImportReport.RowError(line.number(), "language", "supporters.import.error.language", null));
        }
        String community = community(cell(line, columns, "community"));
        if (community == null) {
            errors.add(new ImportReport.RowError(line.number(), "community", "supporters.import.error.community", null));
        }
        CsvReader.Answer answer = CsvReader.answer(cell(line, columns, "consent"));
        Boolean consent = answer == CsvReader.Answer.YES ? Boolean.TRUE : answer == CsvReader.Answer.NO ? Boolean.FALSE
                : null;
        if (answer == CsvReader.Answer.UNKNOWN) {
            errors.add(new ImportReport.RowError(line.number(), "consent", "supporters.import.error.consent", null));
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Row(supporterId, email, name.isEmpty() ? null : name, digits.isEmpty() ? null : digits,
                language.isEmpty() ? null : language, community.isEmpty() ? null : community, consent));
    }

    /** A language code, or its name in Spanish or English; "" when blank, null when unknown. */
    private String language(String typed) {
        return typed.isEmpty() ? "" : Vocabulary.typedCode(vocabulary.languages(), typed).orElse(null);
    }

    /** A community code, or its name in Spanish or English; "" when blank, null when unknown. */
    private String community(String typed) {
        return typed.isEmpty() ? "" : Vocabulary.typedCode(vocabulary.residentCommunities(), typed).orElse(null);
    }

    private static String cell(CsvReader.Line line, Map<String, Integer> columns, String column) {
        return line.field(columns, column);
    }

    private static List<CsvReader.Line> read(byte[] content) {
        try {
            return CsvReader.read(content);
        } catch (CsvReader.NotUtf8Exception notUtf8) {
            throw invalid("file", "supporters.import.error.encoding");
        }
    }

    private static PlazaProblem invalid(String field, String key) {
        return PlazaProblem.badRequest("validation", "plaza.problem.validation").withFieldError(field, key);
    }

    /** A row that passed every check. */
    private record Row(String supporterId, String email, String name, String phone, String language, String community,
            Boolean consent) {
    }
}
