package org.plaza.outreach.training.web;

import org.plaza.outreach.support.Links;
import org.plaza.outreach.support.Links.Kind;
import org.plaza.outreach.training.CertificatePdf;
import org.plaza.outreach.training.TrainingCompletion;
import org.plaza.outreach.training.TrainingCompletions;
import org.plaza.outreach.training.TrainingSeries;
import org.plaza.outreach.training.Trainings;
import org.plaza.outreach.volunteer.Volunteer;
import org.plaza.outreach.volunteer.Volunteers;
import org.plaza.starter.problem.PlazaProblem;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves a completed training's bilingual certificate as a PDF, to whoever holds its link. */
@RestController
class CertificateDownload {

    private final TrainingCompletions completions;
    private final Trainings trainings;
    private final Volunteers volunteers;
    private final CertificatePdf pdf;
    private final Links links;

    CertificateDownload(TrainingCompletions completions, Trainings trainings, Volunteers volunteers, CertificatePdf pdf,
            Links links) {
        this.completions = completions;
        this.trainings = trainings;
        this.volunteers = volunteers;
        this.pdf = pdf;
        this.links = links;
    }

    @GetMapping("/outreach/certificates/{certificateId}/{key}")
    ResponseEntity<byte[]> certificate(@PathVariable String certificateId, @PathVariable String key) {
        if (!links.opens(Kind.CERTIFICATE, certificateId, key)) {
            throw notFound();
        }
        TrainingCompletion completion = completions.findById(certificateId).orElseThrow(CertificateDownload::notFound);
        TrainingSeries training = trainings.findById(completion.trainingId()).orElseThrow(CertificateDownload::notFound);
        String name = volunteers.findById(completion.volunteerId()).map(Volunteer::name).orElseThrow(CertificateDownload::notFound);
        byte[] body = pdf.render(new CertificatePdf.Content(certificateId, name, training.titleEs(), training.titleEn(),
                completion.sessionsAttended(), completion.completedAt()));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore().cachePrivate())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename("certificado-certificate.pdf").build().toString())
                .body(body);
    }

    private static PlazaProblem notFound() {
        return PlazaProblem.notFound("certificate-not-found", "outreach.problem.certificate-not-found");
    }
}
