package org.plaza.petitions.export;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.stream.Stream;

import org.plaza.petitions.PetitionSettings;
import org.plaza.starter.csv.CsvLabels;
import org.plaza.starter.vocabulary.Vocabulary;
import org.plaza.petitions.petition.Petition;
import org.plaza.petitions.petition.PetitionService;
import org.plaza.petitions.petition.PetitionStatus;
import org.plaza.petitions.signature.SignerRow;
import org.plaza.petitions.signature.SignerRows;
import org.plaza.petitions.staff.StaffAudit;
import org.plaza.petitions.tally.CountSource;
import org.plaza.petitions.tally.Counts;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.security.StaffMember;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code GET /api/staff/petitions/{id}/signatures.csv} and {@code …/delivery.pdf}: for the organizers who
 * manage the petition, audited as EXPORT, refused once the signers are anonymized. Both stream from a
 * database cursor straight into the response.
 */
@RestController
@RequestMapping("/api/staff/petitions/{id}")
class ExportsApi {

    private final PetitionService petitions;
    private final SignerRows rows;
    private final CountSource counts;
    private final StaffAudit audit;
    private final MessageSource messages;
    private final Vocabulary vocabulary;
    private final PetitionSettings settings;
    private final MeterRegistry meters;
    private final Clock clock;

    ExportsApi(PetitionService petitions, SignerRows rows, CountSource counts, StaffAudit audit,
            MessageSource messages, Vocabulary vocabulary, PetitionSettings settings, MeterRegistry meters,
            Clock clock) {
        this.petitions = petitions;
        this.rows = rows;
        this.counts = counts;
        this.audit = audit;
        this.messages = messages;
        this.vocabulary = vocabulary;
        this.settings = settings;
        this.meters = meters;
        this.clock = clock;
    }

    @GetMapping("/signatures.csv")
    ResponseEntity<StreamingResponseBody> csv(@PathVariable String id, Authentication auth, Locale locale) {
        Petition petition = exportable(StaffMember.of(auth), id, "CSV");
        StreamingResponseBody body = out -> {
            try (Stream<SignerRow> signers = rows.counting(petition.id())) {
                SignaturesCsv.write(signers, out, CsvLabels.of(vocabulary, messages, locale));
            }
        };
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(petition.slug() + "-signatures.csv"))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(body);
    }

    @GetMapping("/delivery.pdf")
    ResponseEntity<StreamingResponseBody> pdf(@PathVariable String id, Authentication auth) {
        Petition petition = exportable(StaffMember.of(auth), id, "PDF");
        Counts totals = counts.countFromSignatures(petition.id());
        DeliveryPdf pdf = new DeliveryPdf(messages, vocabulary, settings.timeZone());
        StreamingResponseBody body = out -> {
            try (Stream<SignerRow> signers = rows.counting(petition.id())) {
                pdf.write(petition, totals, signers, out, clock.instant());
            }
        };
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(petition.slug() + "-delivery.pdf"))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(body);
    }

    private Petition exportable(StaffMember staff, String id, String format) {
        Petition petition = petitions.manageable(staff, id);
        if (petition.status() == PetitionStatus.DRAFT) {
            throw PlazaProblem.conflict("petition-not-published", "export.problem.draft");
        }
        if (petition.signersAnonymizedAt() != null) {
            throw PlazaProblem.conflict("signers-anonymized", "export.problem.anonymized");
        }
        audit.record(staff, "EXPORT", "SIGNATURES", petition.id(), petition.campaignId());
        meters.counter("plaza.petitions.exports", "format", format).increment();
        return petition;
    }

    private static String attachment(String filename) {
        return ContentDisposition.attachment().filename(filename).build().toString();
    }
}
