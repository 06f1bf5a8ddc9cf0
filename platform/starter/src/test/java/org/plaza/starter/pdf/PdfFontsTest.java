package org.plaza.starter.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;

class PdfFontsTest {

    private static final String NAMES = "Nguyễn Thị Minh · Łucja Wąsowska · Xóchitl Ñuu Savi · Zoë Ångström · Şahin Öztürk";

    @Test
    void namesBeyondWindows1252ReadBackFromThePdf() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(write(NAMES))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(NAMES);
        }
    }

    @Test
    void embeddedFontsGiveTheSameBytesForTheSameText() {
        assertThat(withoutDocumentId(write(NAMES))).isEqualTo(withoutDocumentId(write(NAMES)));
    }

    /** The trailer's /ID is random per document whatever the fonts; everything else must be equal. */
    private static String withoutDocumentId(byte[] pdf) {
        return new String(pdf, StandardCharsets.ISO_8859_1).replaceAll("/ID \\[<[0-9a-f]+><[0-9a-f]+>\\]", "/ID []");
    }

    private static byte[] write(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter writer = PdfWriter.getInstance(document, out);
        Calendar fixed = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        fixed.setTimeInMillis(0);
        document.open();
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(fixed));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(fixed));
        document.add(new Paragraph(text, PdfFonts.font(12, Font.NORMAL)));
        document.add(new Paragraph(text, PdfFonts.font(12, Font.BOLDITALIC)));
        document.close();
        return out.toByteArray();
    }
}
