package org.plaza.starter.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.plaza.starter.webtest.WebTest;

/**
 * Error pages are pages of the site: inside the shared layout (stylesheet, header with the language
 * switch, footer), in the resident's language, for every status a resident meets; APIs still get
 * problem JSON.
 */
class ErrorPagesTest extends WebTest {

    @Test
    void aMissingItemAnswers404InsideTheLayoutInSpanishAndInEnglish() {
        HttpResponse<String> spanish = get("/petitions/no-such-petition", "Accept", "text/html");
        assertThat(spanish.statusCode()).isEqualTo(404);
        assertLayout(spanish.body(), "es");
        assertThat(spanish.body()).contains("<title>Petición no encontrada · Plaza</title>",
                "No hay ninguna petición en esta dirección.", "Volver a la página de inicio");

        HttpResponse<String> english = get("/petitions/no-such-petition?lang=en", "Accept", "text/html");
        assertThat(english.statusCode()).isEqualTo(404);
        assertLayout(english.body(), "en");
        assertThat(english.body()).contains("Petition not found", "There is no petition at this address.",
                "Back to the start page");
    }

    @Test
    void anUnknownAddressAnswers404InsideTheLayout() {
        HttpResponse<String> response = get("/no/such/page?lang=en", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(404);
        assertLayout(response.body(), "en");
        assertThat(response.body()).contains("Not found");
    }

    @Test
    void theErrorPathAskedForDirectlyIsAnUnknownAddressNotAnUnexpectedFailure() {
        HttpResponse<String> page = get("/error?lang=en", "Accept", "text/html");
        HttpResponse<String> api = get("/error", "Accept", "application/json");

        assertThat(page.statusCode()).isEqualTo(404);
        assertLayout(page.body(), "en");
        assertThat(page.body()).contains("Not found").doesNotContain("reference");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.body()).doesNotContain("errorId", "internal-error");
    }

    @Test
    void theLanguageSwitchOfAResidentErrorPageOpensTheSameAddressNotTheErrorPath() {
        HttpResponse<String> notFound = get("/petitions/no-such-petition?lang=en&ref=home", "Accept", "text/html");
        assertThat(notFound.body()).contains("href=\"/petitions/no-such-petition?ref=home&amp;lang=es\"");

        HttpResponse<String> sentError = get("/page-gone?lang=en&ref=home", "Accept", "text/html");
        assertThat(sentError.statusCode()).isEqualTo(404);
        assertLayout(sentError.body(), "en");
        assertThat(sentError.body()).contains("href=\"/page-gone?ref=home&amp;lang=es\"").doesNotContain("/error");
    }

    @Test
    void theLanguageSwitchOfARefusedFormOrStaffPageOpensTheStartPageAndRepeatsNothingOfTheAddress() {
        HttpResponse<String> forbidden = send("POST", "/petition?lang=en&id=pet_123", BodyPublishers.ofString("email=a%40b.org"),
                "Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("href=\"/?lang=es\"").doesNotContain("pet_123");

        HttpResponse<String> staff = get("/staff/dashboard?lang=en&campaign=cmp_123", "Accept", "text/html");
        assertThat(staff.statusCode()).isEqualTo(401);
        assertThat(staff.body()).contains("href=\"/?lang=es\"").doesNotContain("cmp_123");
    }

    @Test
    void anExpiredFormAnswers403InsideTheLayout() {
        HttpResponse<String> response = send("POST", "/petition", BodyPublishers.ofString("email=a%40b.org"),
                "Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(403);
        assertLayout(response.body(), "es");
    }

    @Test
    void aConflictAnswers409InsideTheLayout() {
        HttpResponse<String> response = get("/page-conflict?lang=en", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(409);
        assertLayout(response.body(), "en");
        assertThat(response.body()).contains("Petition closed", "The petition Agua no longer takes signatures.");
    }

    @Test
    void anUnexpectedFailureAnswers500InsideTheLayoutWithOnlyAReference() {
        HttpResponse<String> response = get("/page-boom", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(500);
        assertLayout(response.body(), "es");
        assertThat(response.body()).contains("Algo salió mal", "Referencia: ")
                .doesNotContain("secret", "Exception", "at org.");
    }

    @Test
    void aSignedOutStaffPageAnswers401InsideTheLayout() {
        HttpResponse<String> response = get("/staff/dashboard?lang=en", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(401);
        assertLayout(response.body(), "en");
    }

    @Test
    void aJsonRequestForTheSameMissingItemStillGetsProblemJson() {
        HttpResponse<String> response = get("/petitions/no-such-petition?lang=en", "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"title\":\"Petition not found\"", "petition-not-found")
                .doesNotContain("<html");
    }

    /** The shared layout: language, stylesheet, header with brand and language switch, footer. */
    static void assertLayout(String html, String language) {
        assertThat(html).contains("lang=\"" + language + "\"", "<link rel=\"stylesheet\" href=\"/plaza/plaza.css\">",
                "class=\"site-header\"", "class=\"brand\"", "class=\"lang-switch\"", "class=\"site-footer\"",
                "<main id=\"main\"");
    }
}
