package org.plaza.petitions.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.plaza.events.identity.StaffActionAudited;
import org.plaza.petitions.Fixtures.OpenPetition;
import org.plaza.petitions.Fixtures;
import org.plaza.petitions.PetitionsTest;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.events.Position;
import org.plaza.testsupport.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The CSV and the delivery PDF: verified signers only, names and communities, never emails; audited. */
@PetitionsTest
class ExportsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    KafkaTestEvents events;

    @Test
    void exportsVerifiedSignersAsCsvWithByteOrderMarkAndWithoutEmails() throws Exception {
        OpenPetition petition = signedPetition();
        Position before = events.positionOf(StaffActionAudited.class);
        byte[] csv = download("/api/staff/petitions/" + petition.id() + "/signatures.csv", "es");

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst()).contains(
                "Id de la firma,Nombre completo,Comunidad,Idioma,Verificada el,Quiere novedades,Quiere ser voluntaria/o,Comentario,"
                        + "Canal,Hoja,Recogida el");
        assertThat(text.lines()).hasSize(3);
        assertThat(text).contains("Firmante josé.peña", ",Mecca,", "\"'=HYPERLINK(\"\"x\"\")\"").doesNotContain("@")
                .doesNotContain("Firmante pendiente");
        assertThat(text).as("codes and flags in the export's language").containsPattern(",(Sí|No),(Sí|No),")
                .contains(",En línea,").doesNotContain("MECCA", "OASIS", ",true,", ",false,", ",WEB,");
        events.awaitEvent(before, StaffActionAudited.class, e -> e.itemId().equals(petition.id())
                && e.action().equals("EXPORT") && e.itemType().equals("SIGNATURES"), Duration.ofSeconds(30));
    }

    @Test
    void deliveryPdfHasABilingualCoverWithTotalsThenTheSigners() throws Exception {
        OpenPetition petition = signedPetition();
        byte[] pdf = download("/api/staff/petitions/" + petition.id() + "/delivery.pdf", "en");
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Petición / Petition", "Agua limpia para Mecca", "Clean water for Mecca",
                "Dirigida a: La junta del distrito de agua", "To: The water district board",
                "2 firmas verificadas / 2 verified signatures", "Mecca", "Oasis", "Pedimos agua limpia.",
                "We ask for clean water.", "Firmante josé.peña", "Firmante zoë").doesNotContain("@");
    }

    @Test
    void deliveryPdfPrintsNamesBeyondWindows1252() throws Exception {
        OpenPetition petition = fixtures.openPetition();
        fixtures.signAndConfirm(petition.slug(), "Nguyễn Thị Minh", "minh@example.org", "MECCA",
                Fixtures.nextAddress(), null);
        fixtures.signAndConfirm(petition.slug(), "Łucja Wąsowska", "lucja@example.org", "OASIS",
                Fixtures.nextAddress(), null);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mvc.perform(get("/api/public/petitions/{slug}/counts",
                petition.slug())).andExpect(jsonPath("$.verified").value(2)));

        byte[] pdf = download("/api/staff/petitions/" + petition.id() + "/delivery.pdf", "es");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC);
            assertThat(text).contains("Nguyễn Thị Minh", "Łucja Wąsowska", "Agua limpia para Mecca");
        }
    }

    @Test
    void onlyOrganizersOfTheCampaignExportAndDraftsHaveNothingToExport() throws Exception {
        OpenPetition petition = fixtures.openPetition();
        mvc.perform(get("/api/staff/petitions/{id}/signatures.csv", petition.id())
                .header("Authorization", fixtures.bearer("mod", Role.MODERATOR))).andExpect(status().isForbidden());
        mvc.perform(get("/api/staff/petitions/{id}/delivery.pdf", petition.id())
                .header("Authorization", fixtures.bearer("org-zed", Role.ORGANIZER))).andExpect(status().isForbidden());
        String draft = fixtures.draft(petition.campaignId(), 10, "").get("id").asString();
        mvc.perform(get("/api/staff/petitions/{id}/signatures.csv", draft).header("Authorization", fixtures.admin()))
                .andExpect(status().isConflict());
    }

    private OpenPetition signedPetition() throws Exception {
        OpenPetition petition = fixtures.openPetition();
        fixtures.signAndConfirm(petition.slug(), "josé.peña@example.org", "MECCA", Fixtures.nextAddress(),
                "=HYPERLINK(\"x\")");
        fixtures.signAndConfirm(petition.slug(), "zoë@example.org", "OASIS", Fixtures.nextAddress(), null);
        fixtures.signFrom(petition.slug(), "pendiente@example.org", "OASIS", Fixtures.nextAddress(), null);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mvc.perform(get("/api/public/petitions/{slug}/counts",
                petition.slug())).andExpect(jsonPath("$.verified").value(2)));
        return petition;
    }

    private byte[] download(String path, String language) throws Exception {
        MvcResult started = mvc.perform(get(path).header("Authorization", fixtures.admin())
                .header("Accept-Language", language)).andExpect(request().asyncStarted()).andReturn();
        return mvc.perform(asyncDispatch(started)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
    }
}
