package org.plaza.outreach.training;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;

import org.plaza.outreach.support.Times;
import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The certificate a volunteer downloads when they complete a training: one landscape page with every text
 * in Spanish and in English, the training's titles in both, the sessions, the date and the certificate id.
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
        PdfWriter.getInstance(document, out);
        document.addTitle("Certificado de finalización / Certificate of completion");
        document.open();
        BaseFont regular = font(BaseFont.HELVETICA);
        BaseFont bold = font(BaseFont.HELVETICA_BOLD);
        document.add(centered("Certificado de finalización", new Font(bold, 28), 0));
        document.add(centered("Certificate of completion", new Font(regular, 20), 18));
        document.add(centered("Se otorga a · Awarded to", new Font(regular, 14), 6));
        document.add(centered(content.volunteerName(), new Font(bold, 26), 18));
        document.add(centered("por completar la capacitación · for completing the training", new Font(regular, 14), 6));
        document.add(centered(content.trainingTitleEs(), new Font(bold, 18), 2));
        if (!content.trainingTitleEn().equals(content.trainingTitleEs())) {
            document.add(centered(content.trainingTitleEn(), new Font(bold, 16), 12));
        }
        document.add(centered(sessions(content.sessions()), new Font(regular, 13), 6));
        document.add(centered(times.date(content.completedAt(), Locale.forLanguageTag("es")) + " · "
                + times.date(content.completedAt(), Locale.ENGLISH), new Font(regular, 13), 30));
        document.add(centered("Certificado · Certificate: " + content.certificateId(), new Font(regular, 9), 0));
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

    private static BaseFont font(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new IllegalStateException("Built-in font " + name + " is not available", e);
        }
    }
}
