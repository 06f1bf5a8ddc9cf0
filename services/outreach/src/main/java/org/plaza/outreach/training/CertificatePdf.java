package org.plaza.outreach.training;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Locale;

import org.plaza.outreach.support.Times;
import org.plaza.starter.pdf.PdfBrand;
import org.plaza.starter.pdf.PdfFonts;
import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;

/**
 * The certificate a volunteer downloads when they complete a training: one landscape page with every text
 * in Spanish and in English, the training's titles in both, the sessions, the date and the certificate id.
 * Set in the starter's embedded Unicode font, so every letter of a name ("Nguyễn Thị Minh") prints.
 */
@Component
public class CertificatePdf {

    private final Times times;

    CertificatePdf(Times times) {
        this.times = times;
    }

    /** What the certificate says. */
    public record Content(String certificateId, String volunteerName, String trainingTitleEs, String trainingTitleEn,
            int sessions, Instant completedAt) {
    }

    public byte[] render(Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER.rotate(), 72, 72, 72, 72);
        PdfBrand.writer(document, out, "Certificado de finalización / Certificate of completion", "es");
        document.open();
        document.add(centered("Certificado de finalización", PdfFonts.font(28, Font.BOLD), 0));
        document.add(centered("Certificate of completion", PdfFonts.font(20, Font.NORMAL), 18));
        document.add(centered("Se otorga a · Awarded to", PdfFonts.font(14, Font.NORMAL), 6));
        document.add(centered(content.volunteerName(), PdfFonts.font(26, Font.BOLD), 18));
        document.add(centered("por completar la capacitación · for completing the training", PdfFonts.font(14, Font.NORMAL), 6));
        document.add(centered(content.trainingTitleEs(), PdfFonts.font(18, Font.BOLD), 2));
        if (!content.trainingTitleEn().equals(content.trainingTitleEs())) {
            document.add(centered(content.trainingTitleEn(), PdfFonts.font(16, Font.BOLD), 12));
        }
        document.add(centered(sessions(content.sessions()), PdfFonts.font(13, Font.NORMAL), 6));
        document.add(centered(times.date(content.completedAt(), Locale.forLanguageTag("es")) + " · "
                + times.date(content.completedAt(), Locale.ENGLISH), PdfFonts.font(13, Font.NORMAL), 30));
        document.add(centered("Certificado · Certificate: " + content.certificateId(), PdfFonts.font(9, Font.NORMAL), 0));
        document.close();
        return out.toByteArray();
    }

    private static String sessions(int sessions) {
        return sessions == 1 ? "1 sesión asistida · 1 session attended"
                : sessions + " sesiones asistidas · " + sessions + " sessions attended";
    }

    private static Paragraph centered(String text, Font font, float spacingAfter) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }
}
