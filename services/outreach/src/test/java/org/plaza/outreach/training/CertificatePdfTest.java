package org.plaza.outreach.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.plaza.outreach.testing.OutreachTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The certificate prints every letter of a volunteer's name, not only those of Windows-1252. */
@OutreachTest
class CertificatePdfTest {

    @Autowired CertificatePdf certificates;

    @Test
    void aVietnameseNameReadsBackWithEveryDiacriticFromTheEmbeddedFont() throws IOException {
        byte[] pdf = certificates.render(new CertificatePdf.Content("crt_test1", "Nguyễn Thị Minh", "Justicia restaurativa",
                "Restorative justice", 3, Instant.parse("2026-03-14T20:00:00Z")));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Nguyễn Thị Minh", "Certificado de finalización", "Certificate of completion",
                    "3 sesiones asistidas · 3 sessions attended", "14 de marzo de 2026", "March 14, 2026");
            var resources = document.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.getName()).as("font").contains("LiberationSans");
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
            }
            assertThat(resources.getFontNames()).isNotEmpty();
        }
    }
}
