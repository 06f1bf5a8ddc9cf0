package org.plaza.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** What reaches the services, and what every answer carries. */
class RoutingTest extends GatewayTest {

    @Test
    void theHomePageAndResidentPagesReachTheirServiceWithTheClientAddress() {
        String page = "/petitions/agua-" + UUID.randomUUID() + "?lang=es";

        HttpResponse<String> home = browser().get("/", "X-Forwarded-For", "203.0.113.10");
        HttpResponse<String> petition = browser().get(page, "X-Forwarded-For", "198.51.100.20, 203.0.113.11");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(petition.body()).contains("stub /petitions/agua-");
        StubService.Received received = STUB.last(page);
        assertThat(received.header("X-Forwarded-For")).isEqualTo("203.0.113.11");
        assertThat(received.header("X-Forwarded-Host")).isEqualTo("127.0.0.1:" + port);
        assertThat(received.header("X-Forwarded-Proto")).isEqualTo("http");
        assertThat(received.header("Authorization")).isNull();
    }

    @Test
    void routesEveryServiceByItsPrefixes() {
        for (String path : List.of("/comments/d1", "/outreach/shifts", "/api/public/petitions/p1",
                "/identity/sign-in", "/oauth2/authorize?client_id=x", "/campaigns/agua", "/supporters/me",
                "/privacy?lang=en")) {
            HttpResponse<String> response = browser().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(STUB.got(path)).as(path).isTrue();
        }
        assertThat(browser().get("/nowhere/at-all").statusCode()).isEqualTo(404);
    }

    @Test
    void aLanguageChosenWithLangIsRememberedByOneCookieAndTheServicesOtherCookiesPass() {
        HttpResponse<String> page = browser().get("/petitions/idioma-" + UUID.randomUUID() + "?lang=en");
        HttpResponse<String> withCookie = browser().get("/comments/sets-cookie?lang=es");

        assertThat(page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("plaza_lang=")))
                .singleElement().satisfies(cookie -> assertThat(cookie).startsWith("plaza_lang=en;"));
        assertThat(withCookie.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("plaza_lang=")))
                .singleElement().satisfies(cookie -> assertThat(cookie).startsWith("plaza_lang=es;"));
        assertThat(withCookie.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("plaza_draft=lang=es"));
    }

    @Test
    void theGatewaysSessionCookieStaysAtTheGatewayAndAFreshCsrfTokenIsShared() {
        String page = "/petitions/cookies-" + UUID.randomUUID();

        HttpResponse<String> response = browser().get(page, "Cookie", "plaza_session=secret-session; plaza_lang=es");

        String forwarded = STUB.last(page).header("Cookie");
        assertThat(forwarded).contains("plaza_lang=es").doesNotContain("plaza_session").doesNotContain("secret-session");
        String issued = response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("plaza_csrf=")).findFirst().orElseThrow()
                .replaceAll("plaza_csrf=([^;]*);.*", "$1");
        assertThat(forwarded).contains("plaza_csrf=" + issued);
        assertThat(response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("plaza_csrf="))).hasSize(1);
    }

    @Test
    void aPublicAnswerThatCarriesAFreshCsrfTokenIsNoSharedCachesToKeep() {
        String page = "/petitions/pet_" + UUID.randomUUID() + "?maxAge=3600";

        HttpResponse<String> first = browser().get(page);
        HttpResponse<String> again = browser().get(page, "Cookie", "plaza_csrf=" + UUID.randomUUID());

        assertThat(first.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("plaza_csrf="));
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("private, max-age=3600");
        assertThat(again.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("plaza_csrf="));
        assertThat(again.headers().firstValue("Cache-Control")).as("nothing minted: the service's word stands")
                .hasValue("public, max-age=3600");
    }

    @Test
    void aPublicApiCallIsAnsweredWithoutACsrfTokenMintedForIt() {
        String path = "/api/public/petitions/agua-" + UUID.randomUUID() + "/signatures";

        HttpResponse<String> response = browser().post(path, "application/json", "{}", "X-Forwarded-For", "203.0.113.60");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("plaza_csrf="));
        assertThat(STUB.last(path).header("Cookie")).isNull();
    }

    @Test
    void servesTheSharedStylesheetItself() {
        HttpResponse<String> css = browser().get("/plaza/plaza.css");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        assertThat(STUB.got("/plaza/plaza.css")).isFalse();
    }

    @Test
    void aBrowserKeepsTheSharedStylesheetForAnHourInsteadOfFetchingItWithEveryPage() {
        HttpResponse<String> css = browser().get("/plaza/plaza.css");

        assertThat(css.headers().firstValue("Cache-Control")).hasValueSatisfying(cache -> assertThat(cache)
                .contains("max-age=3600", "public").doesNotContain("no-store", "no-cache"));
        assertThat(css.headers().firstValue("Last-Modified")).as("asked again with If-Modified-Since after").isPresent();
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersOnce() {
        for (String path : List.of("/petitions/headers", "/plaza/plaza.css", "/nowhere")) {
            HttpResponse<String> response = browser().get(path);

            assertThat(response.headers().allValues("Content-Security-Policy")).as(path).singleElement()
                    .satisfies(csp -> assertThat(csp).contains("frame-ancestors 'none'", "script-src 'self'")
                            .doesNotContain("unsafe-inline"));
            assertThat(response.headers().allValues("X-Content-Type-Options")).as(path).containsExactly("nosniff");
            assertThat(response.headers().allValues("Referrer-Policy")).as(path)
                    .containsExactly("strict-origin-when-cross-origin");
            assertThat(response.headers().allValues("X-Frame-Options")).as(path).containsExactly("DENY");
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as(path).isEmpty();
        }
    }

    @Test
    void behindATlsProxyTheAnswerAddsHsts() {
        HttpResponse<String> response = browser().get("/petitions/tls", "X-Forwarded-Proto", "https",
                "X-Forwarded-Host", "plaza.example.org", "X-Forwarded-For", "203.0.113.12");

        assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age=31536000"));
        assertThat(STUB.last("/petitions/tls").header("X-Forwarded-Host")).isEqualTo("plaza.example.org");
        assertThat(STUB.last("/petitions/tls").header("X-Forwarded-Proto")).isEqualTo("https");
    }

    @Test
    void aServiceThatDoesNotAnswerGetsALocalized503() {
        HttpResponse<String> page = browser().get("/insights/dashboard?lang=es", "Accept", "text/html");
        HttpResponse<String> api = browser().get("/insights/summary?lang=en", "Accept", "application/json");

        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("No disponible por ahora");
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.body()).contains("\"title\":\"Temporarily unavailable\"");
    }
}
