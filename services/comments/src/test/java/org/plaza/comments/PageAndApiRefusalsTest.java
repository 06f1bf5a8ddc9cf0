package org.plaza.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plaza.testsupport.forms.FieldRefusals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The staff page and the JSON API of an operation bind one input record, so the same bad value gets the same
 * message in the same language on both: next to the field on the page, in the problem's {@code errors} on the API.
 */
@CommentsServiceTest
class PageAndApiRefusalsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @ParameterizedTest
    @CsvSource({ "es, Debe ser un correo electrónico válido", "en, Must be a valid email address" })
    void aPublicBodyWithABadClerkAddressIsRefusedAlikeOnThePageAndTheApi(String lang, String message) throws Exception {
        Map<String, Object> body = fixtures.bodyRequest(1500);
        body.put("clerkEmail", "not-an-address");

        assertSameRefusal("/staff/comments/bodies", "/api/staff/comments/bodies", body, lang, "clerkEmail", message);
    }

    @ParameterizedTest
    @CsvSource({ "es, 'Escríbelo en una sola línea, sin saltos de línea'",
            "en, 'Write it on one line, without line breaks'" })
    void aPublicBodyNameWithALineBreakIsRefusedAlikeOnThePageAndTheApi(String lang, String message) throws Exception {
        Map<String, Object> body = fixtures.bodyRequest(1500);
        body.put("name", "Coachella Valley\nWater District");

        assertSameRefusal("/staff/comments/bodies", "/api/staff/comments/bodies", body, lang, "name", message);
    }

    @ParameterizedTest
    @CsvSource({ "es, El título en inglés es obligatorio para abrir una campaña",
            "en, The English title is required to open a drive" })
    void aDriveWithoutItsEnglishTitleIsRefusedAlikeOnThePageAndTheApi(String lang, String message) throws Exception {
        Map<String, Object> drive = fixtures.driveRequest("pbd_none", Duration.ofDays(5), false);
        drive.put("titleEn", "");

        assertSameRefusal("/staff/comments/drives", "/api/staff/comments/drives", drive, lang, "titleEn", message);
    }

    private void assertSameRefusal(String page, String api, Map<String, Object> input, String lang, String field,
            String message) throws Exception {
        MockHttpServletRequestBuilder form = post(page + "?lang=" + lang).with(Fixtures.CSRF)
                .header(HttpHeaders.AUTHORIZATION, fixtures.admin());
        input.forEach((name, value) -> form.param(name, String.valueOf(value)));
        String html = mvc.perform(form).andReturn().getResponse().getContentAsString();
        String problem = mvc.perform(post(api + "?lang=" + lang).header(HttpHeaders.AUTHORIZATION, fixtures.admin())
                .contentType(MediaType.APPLICATION_JSON).content(fixtures.json().writeValueAsString(input)))
                .andReturn().getResponse().getContentAsString();

        assertThat(FieldRefusals.onPage(html, field)).as("the page").isEqualTo(List.of(message));
        assertThat(FieldRefusals.inProblem(problem, field)).as("the API").isEqualTo(List.of(message));
    }
}
