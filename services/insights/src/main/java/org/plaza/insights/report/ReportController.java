package org.plaza.insights.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;

import org.plaza.insights.dashboard.Labels;
import org.plaza.insights.stats.CampaignInfo;
import org.plaza.insights.stats.Stats;
import org.plaza.starter.access.CampaignAccess;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of a campaign's impact report, in the request's language ({@code ?lang=es|en}), for the
 * operators and for the campaign's organizers.
 */
@RestController
class ReportController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Stats stats;
    private final CampaignAccess access;
    private final MessageSource messages;
    private final Labels labels;
    private final Clock clock;

    ReportController(Stats stats, CampaignAccess access, MessageSource messages, Labels labels, Clock clock) {
        this.stats = stats;
        this.access = access;
        this.messages = messages;
        this.labels = labels;
        this.clock = clock;
    }

    @GetMapping({ "/staff/insights/campaigns/{campaignId}/report.pdf", "/api/staff/insights/campaigns/{campaignId}/report.pdf" })
    ResponseEntity<byte[]> pdf(@PathVariable String campaignId, Authentication authentication, Locale locale) {
        ImpactReport report = report(campaignId, authentication);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ReportPdf.write(report, new ReportText(messages, labels, locale), pdf);
        return download(pdf.toByteArray(), MediaType.APPLICATION_PDF, filename(campaignId, locale, "pdf"));
    }

    @GetMapping({ "/staff/insights/campaigns/{campaignId}/report.csv", "/api/staff/insights/campaigns/{campaignId}/report.csv" })
    ResponseEntity<byte[]> csv(@PathVariable String campaignId, Authentication authentication, Locale locale)
            throws IOException {
        ImpactReport report = report(campaignId, authentication);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ReportCsv.write(report, new ReportText(messages, labels, locale), csv);
        return download(csv.toByteArray(), CSV, filename(campaignId, locale, "csv"));
    }

    private ImpactReport report(String campaignId, Authentication authentication) {
        access.requireRead(StaffMember.of(authentication), campaignId);
        CampaignInfo campaign = stats.campaign(campaignId).orElseThrow(
                () -> PlazaProblem.notFound("campaign-not-found", "insights.problem.campaign-not-found"));
        return ImpactReport.of(stats, campaign, clock.instant());
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    static String filename(String campaignId, Locale locale, String extension) {
        String safe = campaignId.replaceAll("[^A-Za-z0-9_-]", "_");
        return "plaza-impact-" + safe + "-" + locale.getLanguage() + "." + extension;
    }
}
