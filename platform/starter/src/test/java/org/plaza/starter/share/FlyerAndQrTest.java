package org.plaza.starter.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.plaza.starter.id.Ids;
/** A QR code reads back as the item's address; a flyer is a letter-size PDF with both titles, the ask and the link. */
class FlyerAndQrTest {

    private static final String URL = "https://plaza.example/petitions/agua-limpia?lang=es&src=qr";

    @Test
    void theQrCodeDecodesToTheItemsAddress() throws Exception {
        byte[] png = QrCodes.png(URL);

        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(QrCodes.SIZE);
        assertThat(QrCodes.read(png)).isEqualTo(URL);
    }

    @Test
    void everyItemAddressOfTheSameShapeReadsBackNotJustMost() {
        for (int i = 0; i < 600; i++) {
            String address = "http://localhost:" + (40000 + i) + "/outreach/meetings/"
                    + Ids.next("mtg", Instant.now()) + "?src=qr";
            assertThat(QrCodes.read(QrCodes.png(address))).isEqualTo(address);
        }
    }

    @Test
    void theFlyerIsALetterSizePdfWithBothTitlesTheAskTheLinkAndTheOrganization() throws IOException {
        byte[] pdf = new Flyer("Agua limpia para Mecca", "Clean water for Mecca", "Firma la petición.", "Sign the petition.",
                URL, "plaza.example/petitions/agua-limpia", "Comité de Agua de Mecca").pdf();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isEqualTo(612f);
            assertThat(page.getHeight()).isEqualTo(792f);
            assertThat(new PDFTextStripper().getText(document)).contains("Agua limpia para Mecca", "Clean water for Mecca",
                    "Firma la petición.", "Sign the petition.", "plaza.example/petitions/agua-limpia", "Comité de Agua de Mecca");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("es");
        }
    }
}
