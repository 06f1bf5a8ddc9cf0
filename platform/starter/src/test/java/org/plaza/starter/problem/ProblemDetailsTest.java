package org.plaza.starter.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plaza.starter.webtest.WebTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import tools.jackson.databind.JsonNode;

/** Every kind of bad input and failure, answered as localized problem details that give nothing away. */
@ExtendWith(OutputCaptureExtension.class)
class ProblemDetailsTest extends WebTest {

    private static final String SIGNATURES = "/api/public/test/signatures";
    private static final String VALID = "\"email\":\"ana@example.org\",\"name\":\"Ana\"";

    @Test
    void rejectsUnknownJsonFieldNamingItInEnglish() {
        JsonNode problem = problem(postJson(SIGNATURES, "{" + VALID + ",\"admin\":true}", "Accept-Language", "en"),
                400, plazaType("unknown-field"));

        assertThat(problem.path("title").asString()).isEqualTo("Unknown field");
        assertThat(field(problem, 0)).isEqualTo("admin");
        assertThat(message(problem, 0)).isEqualTo("This field is not accepted");
    }

    @Test
    void rejectsUnknownJsonFieldNamingItInSpanish() {
        JsonNode problem = problem(postJson(SIGNATURES, "{" + VALID + ",\"admin\":true}", "Accept-Language", "es"),
                400, plazaType("unknown-field"));

        assertThat(problem.path("title").asString()).isEqualTo("Campo desconocido");
        assertThat(field(problem, 0)).isEqualTo("admin");
        assertThat(message(problem, 0)).isEqualTo("Este campo no se acepta");
    }

    @Test
    void aProblemSaysWhichLanguageItIsWrittenIn() {
        HttpResponse<String> english = postJson(SIGNATURES, "{" + VALID + ",\"admin\":true}", "Accept-Language", "en");
        HttpResponse<String> spanish = postJson(SIGNATURES + "?lang=es", "{" + VALID + ",\"admin\":true}",
                "Accept-Language", "en");

        assertThat(problem(english, 400, plazaType("unknown-field")).path("title").asString()).isEqualTo("Unknown field");
        assertThat(english.headers().firstValue("Content-Language")).hasValue("en");
        assertThat(problem(spanish, 400, plazaType("unknown-field")).path("title").asString())
                .isEqualTo("Campo desconocido");
        assertThat(spanish.headers().firstValue("Content-Language")).hasValue("es");
    }

    @Test
    void rejectsWrongTypeNamingTheFieldAndTheExpectedKindOfValue() {
        HttpResponse<String> english = postJson(SIGNATURES, "{" + VALID + ",\"age\":\"old\"}", "Accept-Language", "en");
        HttpResponse<String> spanish = postJson(SIGNATURES, "{" + VALID + ",\"age\":\"old\"}", "Accept-Language", "es");

        JsonNode inEnglish = problem(english, 400, plazaType("invalid-value"));
        JsonNode inSpanish = problem(spanish, 400, plazaType("invalid-value"));
        assertThat(field(inEnglish, 0)).isEqualTo("age");
        assertThat(message(inEnglish, 0)).isEqualTo("Must be a number");
        assertThat(inSpanish.path("title").asString()).isEqualTo("Valor no válido");
        assertThat(message(inSpanish, 0)).isEqualTo("Debe ser un número");
    }

    @Test
    void namesNestedFieldsWithTheirPath() {
        JsonNode problem = problem(postJson(SIGNATURES, "{" + VALID + ",\"shifts\":[{\"date\":\"tomorrow\"}]}",
                "Accept-Language", "en"), 400, plazaType("invalid-value"));

        assertThat(field(problem, 0)).isEqualTo("shifts[0].date");
        assertThat(message(problem, 0)).isEqualTo("Must be a date or time in ISO 8601 format");
    }

    @Test
    void listsTheChoicesOfAnEnumField() {
        JsonNode problem = problem(postJson(SIGNATURES, "{" + VALID + ",\"choice\":\"MAYBE\"}", "Accept-Language", "es"),
                400, plazaType("invalid-value"));

        assertThat(field(problem, 0)).isEqualTo("choice");
        assertThat(message(problem, 0)).isEqualTo("Debe ser uno de: YES, NO");
    }

    @Test
    void rejectsMalformedJson() {
        JsonNode problem = problem(postJson(SIGNATURES, "{\"email\": ", "Accept-Language", "en"),
                400, plazaType("malformed-body"));

        assertThat(problem.path("detail").asString()).isEqualTo("The request body is not valid JSON encoded in UTF-8.");
    }

    @Test
    void rejectsInvalidUtf8() {
        byte[] body = { '{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' };
        JsonNode problem = problem(send("POST", SIGNATURES, BodyPublishers.ofByteArray(body),
                "Content-Type", "application/json", "Accept-Language", "es"), 400, plazaType("malformed-body"));

        assertThat(problem.path("title").asString()).isEqualTo("Cuerpo de la solicitud ilegible");
    }

    @Test
    void rejectsMissingBody() {
        JsonNode problem = problem(postJson(SIGNATURES, "", "Accept-Language", "en"), 400, plazaType("missing-body"));

        assertThat(problem.path("title").asString()).isEqualTo("Missing request body");
    }

    @Test
    void listsEveryInvalidFieldOfARequestBodyInSpanish() {
        JsonNode problem = problem(postJson(SIGNATURES, "{\"email\":\"not-an-email\",\"name\":\" \"}",
                "Accept-Language", "es"), 400, plazaType("validation"));

        assertThat(problem.path("title").asString()).isEqualTo("Algunos campos no son válidos");
        assertThat(errors(problem)).containsExactlyInAnyOrder(
                "email: Debe ser un correo electrónico válido", "name: No puede estar vacío");
    }

    @Test
    void listsEveryInvalidFieldOfARequestBodyInEnglish() {
        JsonNode problem = problem(postJson(SIGNATURES, "{\"email\":\"not-an-email\",\"name\":\" \"}",
                "Accept-Language", "en"), 400, plazaType("validation"));

        assertThat(problem.path("title").asString()).isEqualTo("Some fields are not valid");
        assertThat(errors(problem)).containsExactlyInAnyOrder(
                "email: Must be a valid email address", "name: Must not be blank");
    }

    @Test
    void listsInvalidFieldsOfAFormObject() {
        JsonNode problem = problem(send("POST", "/api/public/test/form-signatures?lang=en",
                BodyPublishers.ofString("email=nope"), "Content-Type", "application/x-www-form-urlencoded"),
                400, plazaType("validation"));

        assertThat(errors(problem)).containsExactly("email: Must be a valid email address");
    }

    @Test
    void listsInvalidRequestParameters() {
        JsonNode problem = problem(get("/api/public/test/search?email=nope", "Accept-Language", "es"),
                400, plazaType("validation"));

        assertThat(errors(problem)).containsExactly("email: Debe ser un correo electrónico válido");
    }

    @Test
    void listsConstraintViolationsOfValidatedServices() {
        JsonNode problem = problem(send("POST", "/api/public/test/volunteers?email=nope&lang=en",
                BodyPublishers.noBody()), 400, plazaType("validation"));

        assertThat(errors(problem)).containsExactly("email: Must be a valid email address");
    }

    @Test
    void namesAMissingRequestParameter() {
        JsonNode problem = problem(get("/api/public/test/required", "Accept-Language", "en"),
                400, plazaType("missing-parameter"));

        assertThat(errors(problem)).containsExactly("q: This value is required");
    }

    @Test
    void namesAPathVariableOfTheWrongType() {
        JsonNode problem = problem(get("/api/public/test/items/abc", "Accept-Language", "en"),
                400, plazaType("invalid-value"));

        assertThat(errors(problem)).containsExactly("id: Must be a number");
    }

    @Test
    void answersUnsupportedMediaType() {
        JsonNode problem = problem(send("POST", SIGNATURES, BodyPublishers.ofString("hola"),
                "Content-Type", "text/plain", "Accept-Language", "es"), 415, "about:blank");

        assertThat(problem.path("title").asString()).isEqualTo("Tipo de contenido no admitido");
    }

    @Test
    void answersMethodNotAllowedWithTheAllowedMethods() {
        HttpResponse<String> response = send("DELETE", SIGNATURES, BodyPublishers.noBody(), "Accept-Language", "en");

        JsonNode problem = problem(response, 405, "about:blank");
        assertThat(problem.path("title").asString()).isEqualTo("Method not allowed");
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void answersUnknownApiPathsWithNotFound() {
        JsonNode problem = problem(get("/api/public/test/nothing-here", "Accept-Language", "en"), 404, "about:blank");

        assertThat(problem.path("title").asString()).isEqualTo("Not found");
        assertThat(problem.path("instance").asString()).isEqualTo("/api/public/test/nothing-here");
    }

    @Test
    void hidesUnexpectedErrorsBehindAnErrorIdThatIsLoggedWithTheStackTrace(CapturedOutput log) {
        JsonNode problem = problem(get("/api/public/test/boom", "Accept-Language", "en"), 500,
                plazaType("internal-error"));

        String errorId = problem.path("errorId").asString();
        assertThat(errorId).matches("[0-9A-Z]{10}");
        assertThat(problem.path("detail").asString()).contains(errorId);
        assertThat(log).contains("Unexpected error " + errorId + " on GET /api/public/test/boom")
                .contains("java.lang.IllegalStateException: secret internal detail");
    }

    @Test
    void aServerErrorOnACapabilityLinkLogsThePathWithTheTokenReplaced(CapturedOutput log) {
        String token = "Xq3vT9kLm2Pz8RwYb4Nc7Hd1Jf6Gs5Ae0Ku-Vo_iZtB";
        HttpResponse<String> failed = get("/comments/c/" + token, "Accept", "text/html");
        HttpResponse<String> storeDown = get("/notifications/unsubscribe/" + token + "?lang=en", "Accept", "text/html");

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(storeDown.statusCode()).isEqualTo(503);
        assertThat(log).contains("on GET /comments/c/{token}", "Data store unavailable on GET /notifications/unsubscribe/{token}")
                .doesNotContain(token);
    }

    @Test
    void answersAnUnavailableDataStoreWith503AndRetryAfter() {
        HttpResponse<String> response = get("/api/public/test/store-down", "Accept-Language", "es");

        JsonNode problem = problem(response, 503, plazaType("store-unavailable"));
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(problem.path("detail").asString()).contains("No se registró nada");
    }

    @Test
    void answersAServiceProblemWithItsTypeAndLocalizedMessages() {
        JsonNode problem = problem(get("/api/public/test/closed", "Accept-Language", "es"), 409,
                plazaType("petition-closed"));

        assertThat(problem.path("title").asString()).isEqualTo("Petición cerrada");
        assertThat(problem.path("detail").asString()).isEqualTo("La petición Agua limpia ya no recibe firmas.");
        assertThat(errors(problem)).containsExactly("petition: Cerrada");
    }

    @Test
    void showsPagesABilingualErrorPageWithoutInternals(CapturedOutput log) {
        HttpResponse<String> response = get("/page-boom", "Accept", "text/html", "Accept-Language", "en");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("Something went wrong", "Reference: ", "lang=\"en\"")
                .doesNotContain("secret", "Exception", "at org.");
        assertThat(log).contains("java.lang.IllegalStateException: secret internal detail of a page");
    }

    @Test
    void showsPagesANotFoundPageInTheDefaultLanguage() {
        HttpResponse<String> response = get("/no-such-page", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("No encontrado", "Volver a la página de inicio", "lang=\"es\"");
    }

    private static String field(JsonNode problem, int index) {
        return problem.path("errors").path(index).path("field").asString();
    }

    private static String message(JsonNode problem, int index) {
        return problem.path("errors").path(index).path("message").asString();
    }

    private static List<String> errors(JsonNode problem) {
        List<String> errors = new ArrayList<>();
        problem.path("errors").forEach(error -> errors.add(error.path("field").asString() + ": "
                + error.path("message").asString()));
        return errors;
    }
}
