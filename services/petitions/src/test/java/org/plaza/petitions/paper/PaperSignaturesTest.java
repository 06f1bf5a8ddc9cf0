package org.plaza.petitions.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.plaza.events.identity.StaffActionAudited;
import org.plaza.events.petitions.SignatureVerified;
import org.plaza.events.supporters.SupporterContactShared;
import org.plaza.events.supporters.SupporterErased;
import org.plaza.petitions.Fixtures;
import org.plaza.petitions.Fixtures.OpenPetition;
import org.plaza.petitions.PetitionsTest;
import org.plaza.starter.phone.PhoneNumbers;
import org.plaza.starter.supporter.SupporterIds;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.events.Position;
import org.plaza.testsupport.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Paper and canvass signatures: typed in by the petition's organizers one by one or as an imported sheet, each with
 * its provenance; they count at once under their channel, one per person together with the web signatures, are
 * announced with their channel, handed over only with the sheet's consent, audited, and counted apart in the
 * public counts and the delivery files.
 */
@PetitionsTest
class PaperSignaturesTest {

    private static final String TODAY = LocalDate.now(ZoneId.of("America/Los_Angeles")).toString();

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    KafkaTestEvents events;
    @Autowired
    SupporterIds supporterIds;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    PhoneNumbers phoneNumbers;

    @Test
    void aRowTypedInCountsAtOnceUnderItsChannelAndIsAnnouncedAndAudited() throws Exception {
        OpenPetition petition = fixtures.openPetition();
        Position before = events.positionOf(SignatureVerified.class, StaffActionAudited.class);

        MvcResult result = mvc.perform(row(petition, "CANVASS", "C-7", "Lupe Rivera", "lupe.rivera@example.org", true))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.outcome").value("ACCEPTED"))
                .andExpect(jsonPath("$.sheetCount").value(1)).andReturn();
        String signatureId = fixtures.json(result).get("signatureId").asString();

        SignatureVerified verified = events.awaitEvent(before, SignatureVerified.class,
                e -> e.signatureId().equals(signatureId), Duration.ofSeconds(30)).event();
        assertThat(verified.channel()).isEqualTo("CANVASS");
        assertThat(verified.community()).isEqualTo("MECCA");
        events.awaitEvent(before, StaffActionAudited.class, e -> e.itemId().equals(signatureId)
                && e.action().equals("ENTER_PAPER") && e.staffId().equals("organizer-1"), Duration.ofSeconds(30));
        awaitCounts(petition, 1, 0, 0, 1);
        Document stored = mongo.findById(signatureId, Document.class, "signatures");
        Document paper = stored.get("paper", Document.class);
        assertThat(paper.getString("sheet")).isEqualTo("C-7");
        assertThat(paper.getString("collector")).isEqualTo("Inés Ortega");
        assertThat(paper.getString("place")).isEqualTo("Mercado de Mecca");
        assertThat(paper.getString("enteredBy")).isEqualTo("organizer-1");
        assertThat(stored.getString("status")).isEqualTo("VERIFIED");
    }

    @Test
    void aPersonWhoSignedOnTheWebIsADuplicateOnPaperAndCountsOnce() throws Exception {
        OpenPetition petition = fixtures.openPetition();
        fixtures.signAndConfirm(petition.slug(), "marta.gil@example.org", "MECCA", Fixtures.nextAddress(), null);
        awaitCounts(petition, 1, 1, 0, 0);

        mvc.perform(row(petition, "PAPER_FORM", "P-1", "Marta Gil", "Marta.Gil+papel@Example.org", false))
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("DUPLICATE"))
                .andExpect(jsonPath("$.existingChannel").value("WEB"));
        mvc.perform(row(petition, "PAPER_FORM", "P-1", "Ana Gil", "ana.gil@example.org", false))
                .andExpect(status().isCreated());
        mvc.perform(row(petition, "CANVASS", "C-2", "Ana Gil", "ana.gil@example.org", false))
                .andExpect(status().isOk()).andExpect(jsonPath("$.existingChannel").value("PAPER_FORM"))
                .andExpect(jsonPath("$.existingSheet").value("P-1"));
        awaitCounts(petition, 2, 1, 1, 0);
    }

    @Test
    void onlyARowWhoseConsentBoxIsTickedIsHandedOverAsAPaperSheet() throws Exception {
        OpenPetition petition = fixtures.openPetition();
        String agreed = Fixtures.unique("si") + "@example.org";
        String declined = Fixtures.unique("no") + "@example.org";
        Position handOvers = events.positionOf(SupporterContactShared.class);

        mvc.perform(row(organizer(), petition, "PAPER_FORM", "P-3", "Rocío Luna", agreed, "(760) 555-1234", true)
                .header("Accept-Language", "en")).andExpect(status().isCreated());
        mvc.perform(row(petition, "PAPER_FORM", "P-3", "Tomás Luna", declined, false)).andExpect(status().isCreated());

        SupporterContactShared shared = events.awaitEvent(handOvers, SupporterContactShared.class,
                s -> s.supporterId().equals(supporterIds.supporterId(agreed)), Duration.ofSeconds(30)).event();
        assertThat(shared.source()).isEqualTo("PAPER_SHEET");
        assertThat(shared.email()).isEqualTo(agreed);
        assertThat(shared.phone()).isEqualTo("+17605551234");
        assertThat(shared.locale()).isEqualTo("es");
        assertThat(shared.consents()).singleElement().satisfies(consent -> {
            assertThat(consent.granted()).isTrue();
            assertThat(consent.wording()).isEqualTo("Marcó la casilla de la hoja para recibir noticias de esta campaña");
        });
        events.assertNoEvent(handOvers, SupporterContactShared.class,
                s -> s.supporterId().equals(supporterIds.supporterId(declined)), Duration.ofSeconds(2));
    }

    @Test
    void aRowWithOnlyAMobileNumberCountsAndTheSameNumberHoweverWrittenIsADuplicate() throws Exception {
        OpenPetition petition = fixtures.openPetition();
        Position handOvers = events.positionOf(SupporterContactShared.class);
        mvc.perform(row(organizer(), petition, "CANVASS", "C-4", "Beto Ruiz", "", "760-555-1299", true))
                .andExpect(status().isCreated());
        mvc.perform(row(organizer(), petition, "PAPER_FORM", "P-4", "Beto Ruiz", "beto@example.org", "+1 (760) 555 1299",
                false)).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("DUPLICATE"))
                .andExpect(jsonPath("$.existingChannel").value("CANVASS")).andExpect(jsonPath("$.existingSheet").value("C-4"));
        mvc.perform(row(organizer(), petition, "PAPER_FORM", "P-4", "Sin Datos", "", "", false))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("email"));
        awaitCounts(petition, 1, 0, 0, 1);

        SupporterContactShared shared = events.awaitEvent(handOvers, SupporterContactShared.class,
                s -> "+17605551299".equals(s.phone()), Duration.ofSeconds(30)).event();
        assertThat(shared.email()).isNull();
        assertThat(shared.supporterId()).isEqualTo(supporterIds.supporterId(phoneNumbers.canonical("7605551299")));
        assertThat(shared.consents()).singleElement().satisfies(consent -> assertThat(consent.channel()).isEqualTo("SMS"));
    }

    @Test
    void theEntryFormComesBackEmptyWithTheSheetKeptItsRunningCountAndTheCursorOnTheName() throws Exception {
        OpenPetition petition = fixtures.openPetition();
        String first = page(get("/staff/petitions/{id}/paper", petition.id()), "es");
        assertThat(first).contains("Ingresar firmas en papel", "autofocus").containsPattern("id=\"sheet\"[^>]*autofocus");

        MvcResult posted = mvc.perform(entryForm(petition, "Ramón Soto", "ramon.soto@example.org"))
                .andExpect(status().isSeeOther()).andReturn();
        String next = posted.getResponse().getRedirectedUrl();
        assertThat(next).contains("sheet=H-12", "collector=", "community=OASIS", "last=accepted")
                .doesNotContain("ramon", "Ram%C3%B3n");
        String again = page(get(next), "es");
        assertThat(again).contains("Firma agregada.", "Hoja H-12: 1 firmas ingresadas", "value=\"H-12\"")
                .containsPattern("id=\"fullName\"[^>]*autofocus").doesNotContain("ramon.soto@example.org");

        mvc.perform(entryForm(petition, "Ramón Soto", "Ramon.Soto@example.org")).andExpect(status().isSeeOther());
        assertThat(page(get("/staff/petitions/{id}/paper", petition.id()).param("sheet", "H-12").param("last",
                "duplicate").param("existing", "PAPER_FORM"), "en"))
                .contains("This person had already signed (Paper form)", "Sheet H-12: 1 signatures entered");
    }

    @Test
    void aRefusedRowShowsEachReasonNextToItsFieldAndKeepsWhatWasTyped() throws Exception {
        OpenPetition petition = fixtures.openPetition();
        MvcResult result = mvc.perform(entryForm(petition, "=HYPERLINK(\"x\")", "not-an-email")
                .header("Accept-Language", "es")).andExpect(status().isBadRequest()).andReturn();
        String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("email-error", "Escribe un correo válido", "fullName-error", "No puede empezar con =",
                "value=\"not-an-email\"");
        awaitCounts(petition, 0, 0, 0, 0);
    }

    @Test
    void anImportedSheetAddsEachGoodRowReportsDuplicatesAndRefusedRowsAndAddsNothingTheSecondTime() throws Exception {
        OpenPetition petition = fixtures.openPetition();
        fixtures.signAndConfirm(petition.slug(), "web.signer@example.org", "OASIS", Fixtures.nextAddress(), null);
        String csv = "\uFEFFNombre;Correo electrónico;Teléfono;Comunidad;Acepta\r\n"
                + "María José Peña;mj.pena@example.org;760 555 1200;Mecca;sí\r\n"
                + "Nguyễn Thị Minh;minh@example.org;;oasis;no\r\n"
                + "Pedro Páramo;pedro@example.org;;North Shore;\r\n"
                + "\"Soto, Ana\";ana.soto@example.org;;MECCA;x\r\n"
                + "Otra vez María;MJ.Pena@example.org;;Mecca;\r\n"
                + "Firmante web;web.signer@example.org;;Oasis;\r\n"
                + "Sin correo;mal@;;Mecca;\r\n"
                + "=cmd|' /C calc'!A0;formula@example.org;;Mecca;\r\n";
        Position audits = events.positionOf(StaffActionAudited.class);

        String report = importSheet(petition, csv.getBytes(StandardCharsets.UTF_8), "es");
        assertThat(report).contains("Filas leídas: 8. Firmas agregadas: 4. Ya habían firmado: 2. Rechazadas: 2.",
                "Línea 6: la misma persona que la línea 2", "Línea 7: ya había firmado (En línea)",
                "Línea 8, correo: Escribe un correo válido", "Línea 9, nombre: No puede empezar con =",
                "Hoja H-12: 4 firmas ingresadas");
        events.awaitEvent(audits, StaffActionAudited.class, e -> e.itemId().equals(petition.id())
                && e.action().equals("IMPORT") && e.itemType().equals("SIGNATURES"), Duration.ofSeconds(30));
        awaitCounts(petition, 5, 1, 4, 0);

        String again = importSheet(petition, csv.getBytes(StandardCharsets.UTF_8), "en");
        assertThat(again).contains("Rows read: 8. Signatures added: 0. Already signed: 6. Refused: 2.",
                "Line 2: already signed (Paper form)");
        awaitCounts(petition, 5, 1, 4, 0);
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWholeWithAReasonInTheReadersLanguage() throws Exception {
        OpenPetition petition = fixtures.openPetition();
        byte[] latin1 = "name,email,community\r\nJosé Núñez,jose@example.org,Mecca\r\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        String html = mvc.perform(importRequest(petition, latin1).header("Accept-Language", "es"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("file-error", "El archivo no está en UTF-8");
        mvc.perform(multipart("/api/staff/petitions/{id}/paper-imports", petition.id())
                .file(new MockMultipartFile("file", "hoja.csv", "text/csv", latin1)).param("channel", "PAPER_FORM")
                .param("sheet", "H-1").param("collector", "Inés").param("place", "Mecca").param("collectedOn", TODAY)
                .param("language", "es").header("Authorization", fixtures.admin()).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
        awaitCounts(petition, 0, 0, 0, 0);
    }

    @Test
    void onlyTheOrganizersOfThePetitionsCampaignEnterPaperSignatures() throws Exception {
        OpenPetition petition = fixtures.openPetition();
        mvc.perform(row(fixtures.bearer("org-zed", Role.ORGANIZER), petition, "PAPER_FORM", "P-9", "Eva Cruz",
                "eva.cruz@example.org", false)).andExpect(status().isForbidden());
        mvc.perform(row(fixtures.bearer("mod", Role.MODERATOR), petition, "PAPER_FORM", "P-9", "Eva Cruz",
                "eva.cruz@example.org", false)).andExpect(status().isForbidden());
        mvc.perform(get("/staff/petitions/{id}/paper", petition.id())
                .header("Authorization", fixtures.bearer("org-zed", Role.ORGANIZER))).andExpect(status().isForbidden());
        String draft = fixtures.draft(petition.campaignId(), 10, "").get("id").asString();
        mvc.perform(row(new OpenPetition(draft, "x", petition.campaignId()), "PAPER_FORM", "P-9", "Eva Cruz",
                "eva.cruz@example.org", false)).andExpect(status().isConflict());
    }

    @Test
    void thePublicCountsTheDeliveryPdfAndTheCsvSayHowManySignaturesCameFromEachChannel() throws Exception {
        OpenPetition petition = fixtures.openPetition();
        fixtures.signAndConfirm(petition.slug(), "online.one@example.org", "MECCA", Fixtures.nextAddress(), null);
        mvc.perform(row(petition, "PAPER_FORM", "P-5", "Papel Uno", "papel.uno@example.org", false))
                .andExpect(status().isCreated());
        mvc.perform(row(petition, "PAPER_FORM", "P-5", "Papel Dos", "papel.dos@example.org", false))
                .andExpect(status().isCreated());
        mvc.perform(row(petition, "CANVASS", "C-5", "Puerta Uno", "puerta.uno@example.org", false))
                .andExpect(status().isCreated());
        awaitCounts(petition, 4, 1, 2, 1);

        assertThat(page(get("/petitions/{slug}", petition.slug()), "es")).contains("En línea 1 · en papel 2 · puerta a puerta 1");
        String csv = new String(download("/api/staff/petitions/" + petition.id() + "/signatures.csv", "en"),
                StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",Channel,Sheet,Collected on");
        assertThat(csv.lines().filter(line -> line.contains(",Online,")).count()).isEqualTo(1);
        assertThat(csv.lines().filter(line -> line.contains(",Paper form,P-5," + TODAY)).count()).isEqualTo(2);
        assertThat(csv.lines().filter(line -> line.contains(",Canvass,C-5,")).count()).isEqualTo(1);
        try (PDDocument pdf = Loader.loadPDF(download("/api/staff/petitions/" + petition.id() + "/delivery.pdf", "es"))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains(
                    "En línea 1, formularios en papel 2, puerta a puerta 1 / Online 1, paper forms 2, canvass 1");
        }
    }

    @Test
    void anErasedPaperSignerLosesNameEmailAndPhoneButStillCounts() throws Exception {
        OpenPetition petition = fixtures.openPetition();
        String email = Fixtures.unique("borrar") + "@example.org";
        mvc.perform(row(petition, "PAPER_FORM", "P-8", "Celia Borrada", email, false)).andExpect(status().isCreated());
        String supporterId = supporterIds.supporterId(email);

        events.publish(new SupporterErased(Fixtures.unique("era"), supporterId, Instant.now()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Document stored = mongo.findOne(Query.query(Criteria.where("supporterId").is(supporterId)), Document.class,
                    "signatures");
            assertThat(stored.get("signer")).isNull();
            assertThat(stored.get("paper", Document.class).get("phone")).isNull();
            assertThat(stored.get("paper", Document.class).getString("sheet")).isEqualTo("P-8");
        });
        awaitCounts(petition, 1, 0, 1, 0);
    }

    private MockHttpServletRequestBuilder row(OpenPetition petition, String channel, String sheet, String name,
            String email, boolean consent) {
        return row(fixtures.bearer("organizer-1", Role.ORGANIZER), petition, channel, sheet, name, email, consent);
    }

    private MockHttpServletRequestBuilder row(String bearer, OpenPetition petition, String channel, String sheet,
            String name, String email, boolean consent) {
        return row(bearer, petition, channel, sheet, name, email, "", consent);
    }

    private MockHttpServletRequestBuilder row(String bearer, OpenPetition petition, String channel, String sheet,
            String name, String email, String phone, boolean consent) {
        return post("/api/staff/petitions/{id}/paper-signatures", petition.id()).header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"channel":"%s","sheet":"%s","collector":"Inés Ortega","place":"Mercado de Mecca",
                         "collectedOn":"%s","language":"es","fullName":"%s","email":"%s","phone":"%s",
                         "community":"MECCA","consent":%s}""".formatted(channel, sheet, TODAY, name, email, phone,
                        consent));
    }

    private String organizer() {
        return fixtures.bearer("organizer-1", Role.ORGANIZER);
    }

    private MockHttpServletRequestBuilder entryForm(OpenPetition petition, String name, String email) {
        return post("/staff/petitions/{id}/paper", petition.id()).with(csrf())
                .header("Authorization", fixtures.bearer("organizer-1", Role.ORGANIZER))
                .param("channel", "PAPER_FORM").param("sheet", "H-12").param("collector", "Inés Ortega")
                .param("place", "Mercado de Mecca").param("collectedOn", TODAY).param("language", "es")
                .param("fullName", name).param("email", email).param("phone", "").param("community", "OASIS")
                .param("consent", "true");
    }

    private MockMultipartHttpServletRequestBuilder importRequest(OpenPetition petition, byte[] content) {
        return multipart("/staff/petitions/{id}/paper/import", petition.id())
                .file(new MockMultipartFile("file", "hoja-12.csv", "text/csv", content)).with(csrf())
                .header("Authorization", fixtures.bearer("organizer-1", Role.ORGANIZER))
                .param("channel", "PAPER_FORM").param("sheet", "H-12").param("collector", "Inés Ortega")
                .param("place", "Mercado de Mecca").param("collectedOn", TODAY).param("language", "es");
    }

    private String importSheet(OpenPetition petition, byte[] content, String language) throws Exception {
        return mvc.perform(importRequest(petition, content).header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String page(MockHttpServletRequestBuilder request, String language) throws Exception {
        return mvc.perform(request.header("Authorization", fixtures.bearer("organizer-1", Role.ORGANIZER))
                .header("Accept-Language", language)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private byte[] download(String path, String language) throws Exception {
        MvcResult started = mvc.perform(get(path).header("Authorization", fixtures.admin())
                .header("Accept-Language", language)).andExpect(request().asyncStarted()).andReturn();
        return mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
    }

    private void awaitCounts(OpenPetition petition, int verified, int web, int paper, int canvass) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/public/petitions/{slug}/counts",
                petition.slug())).andExpect(jsonPath("$.verified").value(verified))
                .andExpect(jsonPath("$.byChannel.WEB").value(web))
                .andExpect(jsonPath("$.byChannel.PAPER_FORM").value(paper))
                .andExpect(jsonPath("$.byChannel.CANVASS").value(canvass)));
    }
}
