package org.plaza.petitions.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plaza.petitions.Fixtures;
import org.plaza.petitions.PetitionsTest;
import org.plaza.testsupport.forms.FieldRefusals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Recording a delivery or a response, and hiding a comment, bind one input record on the staff page and on the
 * staff API, so the same bad value gets the same message in the same language on both (the page lists it under the
 * field's name).
 */
@PetitionsTest
class PageAndApiRefusalsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @ParameterizedTest
    @CsvSource({ "es, Entregada el, Debe ser ahora o una fecha pasada",
            "en, Delivered on, Must be now or in the past" })
    void aDeliveryDatedTomorrowIsRefusedAlikeOnThePageAndTheApi(String lang, String label, String message)
            throws Exception {
        String id = fixtures.openPetition().id();
        String tomorrow = LocalDate.now().plusDays(2).toString();

        String page = mvc.perform(post("/staff/petitions/{id}/delivery?lang=" + lang, id)
                .header("Authorization", fixtures.admin()).param("deliveredOn", tomorrow).param("method", "IN_PERSON"))
                .andReturn().getResponse().getContentAsString();
        String api = mvc.perform(post("/api/staff/petitions/{id}/delivery?lang=" + lang, id)
                .header("Authorization", fixtures.admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"deliveredOn\":\"" + tomorrow + "\",\"method\":\"IN_PERSON\"}"))
                .andReturn().getResponse().getContentAsString();

        assertThat(FieldRefusals.inProblem(api, "deliveredOn")).isEqualTo(List.of(message));
        assertThat(page).contains("<li>" + label + ": " + message + "</li>");
    }

    @ParameterizedTest
    @CsvSource({ "es, Resumen de la respuesta en inglés, No puede estar vacío",
            "en, Summary of the response in English, Must not be blank" })
    void aResponseWithoutItsEnglishSummaryIsRefusedAlikeOnThePageAndTheApi(String lang, String label, String message)
            throws Exception {
        String id = fixtures.openPetition().id();
        String today = LocalDate.now().toString();

        String page = mvc.perform(post("/staff/petitions/{id}/response?lang=" + lang, id)
                .header("Authorization", fixtures.admin()).param("respondedOn", today).param("outcome", "ACCEPTED")
                .param("summaryEs", "Aceptada").param("summaryEn", " ")).andReturn().getResponse().getContentAsString();
        String api = mvc.perform(post("/api/staff/petitions/{id}/response?lang=" + lang, id)
                .header("Authorization", fixtures.admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"respondedOn\":\"" + today + "\",\"outcome\":\"ACCEPTED\",\"summaryEs\":\"Aceptada\","
                        + "\"summaryEn\":\" \"}"))
                .andReturn().getResponse().getContentAsString();

        assertThat(FieldRefusals.inProblem(api, "summaryEn")).isEqualTo(List.of(message));
        assertThat(page).contains("<li>" + label + ": " + message + "</li>");
    }

    @ParameterizedTest
    @CsvSource({ "es, Motivo, No puede estar vacío", "en, Reason, Must not be blank" })
    void hidingACommentWithoutAReasonIsRefusedAlikeOnThePageAndTheApi(String lang, String label, String message)
            throws Exception {
        String id = fixtures.openPetition().id();

        String page = mvc.perform(post("/staff/petitions/{id}/comments/sig_any/hide?lang=" + lang, id)
                .header("Authorization", fixtures.admin()).param("reason", "  ")).andReturn().getResponse()
                .getContentAsString();
        String api = mvc.perform(post("/api/staff/petitions/{id}/comments/sig_any/hide?lang=" + lang, id)
                .header("Authorization", fixtures.admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"  \"}")).andReturn().getResponse().getContentAsString();

        assertThat(FieldRefusals.inProblem(api, "reason")).isEqualTo(List.of(message));
        assertThat(page).contains("<li>" + label + ": " + message + "</li>");
    }
}
