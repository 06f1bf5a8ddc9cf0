package org.plaza.starter.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;

class PdfBrandTest {

    @Test
    void tablesSpanThePageAndHeaderCellsSitOnTheWash() {
        assertThat(PdfBrand.table(3, 1).getWidthPercentage()).isEqualTo(100f);

        PdfPCell header = PdfBrand.headerCell("Comunidad", PdfFonts.font(10, Font.BOLD));
        assertThat(header.getBackgroundColor()).isEqualTo(PdfBrand.WASH);
        assertThat(header.getPaddingLeft()).isEqualTo(4f);
        assertThat(header.getPhrase().getContent()).isEqualTo("Comunidad");
    }

    @Test
    void theBrandColourIsTheStylesheets() {
        assertThat(String.format("#%06x", PdfBrand.BRAND.getRGB() & 0xffffff)).isEqualTo("#8a2b06");
        assertThat(String.format("#%06x", PdfBrand.WASH.getRGB() & 0xffffff)).isEqualTo("#f4f1ea");
    }

    @Test
    void aDocumentSaysItsTitleItsCreatorAndItsLanguage() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfBrand.writer(document, out, "Informe de impacto", "es");
        document.open();
        document.add(new Paragraph("Niñas y niños a salvo", PdfFonts.font(10, Font.NORMAL)));
        document.close();

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Informe de impacto");
            assertThat(pdf.getDocumentInformation().getCreator()).isEqualTo("Plaza");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("es");
        }
    }
}
