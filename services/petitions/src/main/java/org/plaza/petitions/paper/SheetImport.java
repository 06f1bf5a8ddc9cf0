package org.plaza.petitions.paper;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.plaza.petitions.petition.Petition;
import org.plaza.petitions.staff.StaffAudit;
import org.plaza.starter.csv.CsvReader;
import org.plaza.starter.id.Ids;
import org.plaza.starter.phone.PhoneNumbers;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.security.StaffMember;
import org.plaza.starter.supporter.CanonicalEmail;
import org.springframework.stereotype.Service;

/**
 * Imports a typed sheet: a CSV file (the starter's {@link CsvReader}: UTF-8, comma or semicolon, columns named in
 * English or Spanish) of one sheet's rows, with the sheet's provenance given once for all of them. The whole file is
 * refused, before any row is written, when the sheet's provenance is wrong, the file is not UTF-8 or empty, lacks a
 * name or community column or both the email and phone columns, or has more than {@value #MAX_ROWS} rows. Otherwise
 * each row is written on its own
 * as it is read, so a refused row (reported with its line, column and reason) loses nothing accepted before it, and
 * a person already signed (in the file, by email or mobile number, on the web or on paper) is reported as a duplicate
 * and counted once.
 * Importing the same file again therefore adds nothing. The import is audited once ({@code IMPORT}, {@code SIGNATURES}).
 */
@Service
public class SheetImport {

    static final int MAX_ROWS = 5000;

    private final PaperIntake intake;
    private final StaffAudit audit;
    private final PhoneNumbers phoneNumbers;
    private final Clock clock;

    SheetImport(PaperIntake intake, StaffAudit audit, PhoneNumbers phoneNumbers, Clock clock) {
        this.intake = intake;
        this.audit = audit;
        this.phoneNumbers = phoneNumbers;
        this.clock = clock;
    }

    /** Imports {@code content} (a file named {@code fileName}) as the rows of {@code sheet}. */
    public ImportReport run(StaffMember staff, String petitionId, Sheet sheet, String fileName, byte[] content) {
        Petition petition = intake.takingPaper(staff, petitionId);
        List<PlazaProblem.Field> sheetProblems = intake.checkSheet(petition, sheet);
        if (!sheetProblems.isEmpty()) {
            PlazaProblem invalid = PlazaProblem.badRequest("validation", "plaza.problem.validation");
            sheetProblems.forEach(p -> invalid.withFieldError(p.name(), p.messageKey(), p.arguments()));
            throw invalid;
        }
        List<CsvReader.Line> lines = read(content);
        if (lines.size() < 2) {
            throw invalid("paper.import.error.empty");
        }
        Map<String, Integer> columns = CsvReader.columns(lines.get(0), CsvReader.PERSON_COLUMNS);
        List<String> missing = new ArrayList<>(List.of("name", "community").stream()
                .filter(c -> !columns.containsKey(c)).toList());
        if (!columns.containsKey("email") && !columns.containsKey("phone")) {
            missing.add("email/phone");
        }
        if (!missing.isEmpty()) {
            throw invalid("paper.import.error.columns", String.join(", ", missing));
        }
        if (lines.size() - 1 > MAX_ROWS) {
            throw invalid("paper.import.error.too-many-rows", MAX_ROWS);
        }
        String importId = Ids.next("pimp", clock.instant());
        String file = fileName == null || fileName.isBlank() ? "sheet.csv" : fileName.strip();
        audit.record(staff, "IMPORT", "SIGNATURES", petition.id(), petition.campaignId());
        List<ImportReport.Duplicate> duplicates = new ArrayList<>();
        List<ImportReport.RowError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int accepted = 0;
        for (CsvReader.Line line : lines.subList(1, lines.size())) {
            CsvReader.Answer consent = CsvReader.answer(line.field(columns, "consent"));
            PaperSigner signer = new PaperSigner(line.field(columns, "name"), line.field(columns, "email"),
                    line.field(columns, "phone"), line.field(columns, "community"), consent == CsvReader.Answer.YES);
            List<PlazaProblem.Field> problems = new ArrayList<>();
            Optional<String> community = intake.checkSigner(signer, problems);
            if (consent == CsvReader.Answer.UNKNOWN) {
                problems.add(new PlazaProblem.Field("consent", "paper.error.consent", new Object[0]));
            }
            if (!problems.isEmpty()) {
                problems.forEach(p -> errors.add(new ImportReport.RowError(line.number(), column(p.name()),
                        p.messageKey(), List.of(p.arguments()))));
                continue;
            }
            Integer earlier = firstSeen(seen, signer, line.number());
            if (earlier != null) {
                duplicates.add(new ImportReport.Duplicate(line.number(), earlier, null, null));
                continue;
            }
            Entered entered = intake.write(petition, sheet, signer, community.orElseThrow(), staff, importId,
                    line.number());
            if (entered.outcome() == Entered.Outcome.ACCEPTED) {
                accepted++;
            } else {
                duplicates.add(new ImportReport.Duplicate(line.number(), null, entered.existingChannel(),
                        entered.existingSheet()));
            }
        }
        return new ImportReport(importId, file, sheet.sheet().strip(), lines.size() - 1, accepted, duplicates, errors,
                intake.sheetCount(petition.id(), sheet.sheet()));
    }

    /**
     * The earlier line of the file with the same email or the same mobile number, or null (and the row's keys are
     * remembered).
     */
    private Integer firstSeen(Map<String, Integer> seen, PaperSigner signer, int line) {
        List<String> keys = new ArrayList<>();
        if (!PaperIntake.strip(signer.email()).isEmpty()) {
            keys.add("email:" + CanonicalEmail.of(signer.email()).value());
        }
        if (!PaperIntake.strip(signer.phone()).isEmpty()) {
            keys.add("phone:" + phoneNumbers.canonical(signer.phone()).value());
        }
        Integer earlier = keys.stream().map(seen::get).filter(Objects::nonNull).findFirst().orElse(null);
        keys.forEach(key -> seen.putIfAbsent(key, line));
        return earlier;
    }

    private static List<CsvReader.Line> read(byte[] content) {
        try {
            return CsvReader.read(content == null ? new byte[0] : content);
        } catch (CsvReader.NotUtf8Exception notUtf8) {
            throw invalid("paper.import.error.encoding");
        }
    }

    /** The column a row's field came from, as the report names it. */
    private static String column(String field) {
        return "fullName".equals(field) ? "name" : field;
    }

    private static PlazaProblem invalid(String key, Object... arguments) {
        return PlazaProblem.badRequest("validation", "plaza.problem.validation").withFieldError("file", key, arguments);
    }
}
