package org.plaza.supporters.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.plaza.starter.supporter.SupporterIds;
import org.plaza.supporters.supporter.Action;
import org.plaza.supporters.supporter.ActionKind;
import org.plaza.supporters.supporter.Supporter;
import org.plaza.supporters.supporter.SupporterStore;
import org.plaza.supporters.testing.Scenario;
import org.plaza.supporters.testing.SupportersTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** CSV out (audited, formula-safe, only what the filter matches) and in (provenance, de-duplication, per-row errors). */
@SupportersTest
class TransferTest {

    @Autowired MockMvc mvc;
    @Autowired Scenario scenario;
    @Autowired SupporterStore store;
    @Autowired SupporterIds supporterIds;
    @Autowired MongoTemplate mongo;

    @Test
    void theExportHasOnlyTheFilteredSupportersNeutralizesFormulasAndIsAudited() throws Exception {
        String organizer = Scenario.unique("org");
        String campaign = scenario.campaign(organizer);
        scenario.signer(campaign, "=HYPERLINK(\"http://evil\")", "OASIS", "es", true);
        scenario.signer(campaign, "Julia", "MECCA", "es", true);

        MvcResult started = mvc.perform(get("/api/staff/supporters/export.csv").param("campaign", campaign).param("community", "OASIS")
                        .header(HttpHeaders.AUTHORIZATION, scenario.organizerBearer(organizer)))
                .andExpect(request().asyncStarted()).andReturn();
        byte[] csv = mvc.perform(asyncDispatch(started)).andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();

        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").contains("'=HYPERLINK").doesNotContain("Julia").doesNotContain(",=HYPERLINK");
        assertThat(text).as("language and community by name in the export's language, never codes")
                .contains(",Español,Oasis,Correo: noticias de la campaña,").doesNotContain(",es,", ",OASIS,", "EMAIL:");
        assertThat(mongo.count(Query.query(Criteria.where("staffId").is(organizer).and("filter.campaignId").is(campaign)
                .and("filter.community").is("OASIS")), Document.class, "exports")).isEqualTo(1);
        mvc.perform(get("/api/staff/supporters/export.csv").param("campaign", scenario.campaign(Scenario.unique("x")))
                        .header(HttpHeaders.AUTHORIZATION, scenario.organizerBearer(organizer)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aTypedSheetImportsGoodRowsMergesKnownPeopleByCanonicalEmailAndReportsEachBadRowInTheReadersLanguage()
            throws Exception {
        String organizer = Scenario.unique("org");
        String campaign = scenario.campaign(organizer);
        String known = Scenario.unique("kim") + "@gmail.com";
        String knownId = supporterIds.supporterId(known);
        store.change(knownId, true, (s, now) -> s.record(Action.of(ActionKind.SIGNED, campaign, "pet-1", "petitions", now),
                null, null, now));
        String fresh = Scenario.unique("luz") + "@example.org";
        String sheet = "Nombre;Correo;Teléfono;Idioma;Comunidad;Acepta\r\n"
                + "Kim;" + known.replace("@", "+junta@").toUpperCase() + ";(760) 555-0101;español;Oasis;sí\r\n"
                + "Luz;" + fresh + ";;en;MECCA;no\r\n"
                + "Sin correo;;;;;\r\n"
                + "Malo;not-an-email;;;;\r\n"
                + "Otra vez Luz;" + fresh + ";;;;\r\n"
                + "=cmd|' /C calc'!A0;mal@example.org;;klingon;Atlantis;quizás\r\n";

        String location = mvc.perform(multipart("/staff/supporters/import")
                        .file(new MockMultipartFile("file", "junta-martes.csv", "text/csv", sheet.getBytes(StandardCharsets.UTF_8)))
                        .param("campaign", campaign).param("wording", "Sí, quiero recibir noticias de la campaña")
                        .header(HttpHeaders.AUTHORIZATION, scenario.organizerBearer(organizer)))
                .andExpect(status().isSeeOther()).andReturn().getResponse().getHeader(HttpHeaders.LOCATION);

        Supporter kim = store.find(knownId).orElseThrow();
        assertThat(kim.community()).isEqualTo("OASIS");
        assertThat(kim.language()).isEqualTo("es");
        assertThat(kim.grantedPurposes()).containsExactly("EMAIL:CAMPAIGN_UPDATES");
        assertThat(kim.consents()).singleElement().satisfies(consent -> {
            assertThat(consent.wording()).isEqualTo("Sí, quiero recibir noticias de la campaña");
            assertThat(consent.file()).isEqualTo("junta-martes.csv");
            assertThat(consent.recordedBy()).isEqualTo(organizer);
            assertThat(consent.source()).isEqualTo("IMPORT");
        });
        assertThat(store.find(supporterIds.supporterId(fresh)).orElseThrow().grantedPurposes()).isEmpty();

        String report = mvc.perform(get(location + "?lang=es").header(HttpHeaders.AUTHORIZATION, scenario.organizerBearer(organizer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(report).contains("junta-martes.csv: 6 filas leídas, 1 simpatizante nuevo, 1 ya conocido y actualizado, 4 sin importar", "Falta el correo",
                "Esto no es un correo electrónico", "El mismo correo que la línea 3", "empieza como una fórmula",
                "Idioma desconocido", "Comunidad desconocida", "Escribe sí o no");
        String importId = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(get("/api/staff/supporters/imports/" + importId + "?lang=en")
                        .header(HttpHeaders.AUTHORIZATION, scenario.organizerBearer(organizer)))
                .andExpect(jsonPath("$.added").value(1)).andExpect(jsonPath("$.merged").value(1))
                .andExpect(jsonPath("$.errors[0].line").value(4))
                .andExpect(jsonPath("$.errors[0].message").value("The email is missing."));
    }

    @Test
    void aFileThatIsNotUtf8OrHasNoEmailColumnOrOmitsTheWordingIsRefusedWholeWritesNobodyAndKeepsWhatWasImportedBefore() throws Exception {
        String organizer = Scenario.unique("org");
        String campaign = scenario.campaign(organizer);
        String email = Scenario.unique("mar") + "@example.org";
        String earlier = Scenario.unique("ana") + "@example.org";
        mvc.perform(multipart("/api/staff/supporters/imports")
                        .file(new MockMultipartFile("file", "antes.csv", "text/csv", ("email,consent\n" + earlier + ",yes\n")
                                .getBytes(StandardCharsets.UTF_8)))
                        .param("campaign", campaign).param("wording", "Sí, quiero noticias")
                        .header(HttpHeaders.AUTHORIZATION, scenario.organizerBearer(organizer)))
                .andExpect(status().isCreated());
        byte[] latin1 = ("name,email\nMaría," + email + "\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] latin1Again = ("name,email\nMaría," + earlier + "\n").getBytes(StandardCharsets.ISO_8859_1);

        mvc.perform(multipart("/api/staff/supporters/imports?lang=en").file(new MockMultipartFile("file", "s.csv", "text/csv", latin1))
                        .param("campaign", campaign).header(HttpHeaders.AUTHORIZATION, scenario.organizerBearer(organizer)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message", containsString("not UTF-8")));
        String page = mvc.perform(multipart("/staff/supporters/import?lang=es")
                        .file(new MockMultipartFile("file", "s.csv", "text/csv", "nombre,telefono\nMaría,7605550101\n".getBytes(StandardCharsets.UTF_8)))
                        .param("campaign", campaign).header(HttpHeaders.AUTHORIZATION, scenario.organizerBearer(organizer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("El archivo no tiene columna de correo");
        assertThat(mvc.perform(multipart("/staff/supporters/import?lang=es")
                        .file(new MockMultipartFile("file", "s.csv", "text/csv", latin1Again)).param("campaign", campaign)
                        .header(HttpHeaders.AUTHORIZATION, scenario.organizerBearer(organizer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Este archivo no está en UTF-8");
        mvc.perform(multipart("/api/staff/supporters/imports")
                        .file(new MockMultipartFile("file", "s.csv", "text/csv", ("email,consent\n" + email + ",yes\n").getBytes(StandardCharsets.UTF_8)))
                        .param("campaign", campaign).header(HttpHeaders.AUTHORIZATION, scenario.organizerBearer(organizer)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("wording"));
        StringBuilder huge = new StringBuilder("email\n");
        for (int i = 0; i <= 5000; i++) {
            huge.append("p").append(i).append("@example.org\n");
        }
        mvc.perform(multipart("/api/staff/supporters/imports")
                        .file(new MockMultipartFile("file", "s.csv", "text/csv", huge.toString().getBytes(StandardCharsets.UTF_8)))
                        .param("campaign", campaign).header(HttpHeaders.AUTHORIZATION, scenario.organizerBearer(organizer)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));

        assertThat(store.find(supporterIds.supporterId(email))).isEmpty();
        assertThat(store.find(supporterIds.supporterId("p1@example.org"))).isEmpty();
        assertThat(store.find(supporterIds.supporterId(earlier))).as("what an earlier import wrote is kept")
                .hasValueSatisfying(kept -> assertThat(kept.grantedPurposes()).containsExactly("EMAIL:CAMPAIGN_UPDATES"));
    }
}
