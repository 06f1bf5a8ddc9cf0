package org.plaza.petitions.signature.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.plaza.petitions.Fixtures;
import org.plaza.petitions.Fixtures.OpenPetition;
import org.plaza.petitions.PetitionSettings;
import org.plaza.petitions.PetitionsTest;
import org.plaza.starter.share.QrCodes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A petition's QR code opens its page (marked as coming from the QR); its flyer carries both titles and the link. */
@PetitionsTest
class PetitionPrintablesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PetitionSettings settings;

    @Test
    void thePetitionsQrCodeDecodesToItsPageOnThePublicOrigin() throws Exception {
        OpenPetition petition = fixtures.openPetition();

        byte[] png = mvc.perform(get("/petitions/{slug}/qr.png", petition.slug())).andExpect(status().isOk())
                .andExpect(content().contentType("image/png")).andReturn().getResponse().getContentAsByteArray();

        String base = settings.publicBaseUrl().toString().replaceAll("/$", "");
        assertThat(QrCodes.read(png)).isEqualTo(base + "/petitions/" + petition.slug() + "?src=qr");
    }

    @Test
    void theFlyerIsABilingualPdfWithTheAskTheShortLinkAndTheOrganization() throws Exception {
        OpenPetition petition = fixtures.openPetition();

        byte[] pdf = mvc.perform(get("/petitions/{slug}/flyer.pdf", petition.slug())).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf")).andReturn().getResponse().getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Agua limpia para Mecca", "Clean water for Mecca",
                    "Firma esta petición", "Sign this petition", "/petitions/" + petition.slug(), "Plaza");
        }
    }

    @Test
    void aPetitionThatIsNotPublishedHasNoQrCode() throws Exception {
        mvc.perform(get("/petitions/no-such-petition/qr.png")).andExpect(status().isNotFound());
    }
}
