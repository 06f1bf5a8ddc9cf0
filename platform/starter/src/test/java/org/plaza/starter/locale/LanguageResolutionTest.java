package org.plaza.starter.locale;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.plaza.starter.webtest.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** The response language: {@code ?lang}, then the remembered cookie, then Accept-Language, then Spanish. */
class LanguageResolutionTest extends WebTest {

    private static final String GREETING = "/api/public/test/greeting";

    @Autowired
    private MessageSource messages;

    @Test
    void speaksSpanishWhenTheRequestStatesNoPreference() {
        assertThat(get(GREETING).body()).isEqualTo("Hola");
    }

    @Test
    void followsAcceptLanguage() {
        assertThat(get(GREETING, "Accept-Language", "en-US,en;q=0.9").body()).isEqualTo("Hello");
        assertThat(get(GREETING, "Accept-Language", "es-MX").body()).isEqualTo("Hola");
    }

    @Test
    void takesTheFirstSupportedLanguageOfAcceptLanguage() {
        assertThat(get(GREETING, "Accept-Language", "fr-CA, en;q=0.5, es;q=0.4").body()).isEqualTo("Hello");
    }

    @Test
    void fallsBackToSpanishForUnsupportedOrMalformedAcceptLanguage() {
        assertThat(get(GREETING, "Accept-Language", "de").body()).isEqualTo("Hola");
        assertThat(get(GREETING, "Accept-Language", ";;q=x").body()).isEqualTo("Hola");
    }

    @Test
    void langParameterWinsAndIsRememberedInACookieForAYear() {
        HttpResponse<String> response = get(GREETING + "?lang=en", "Accept-Language", "es", "Cookie", "plaza_lang=es");

        assertThat(response.body()).isEqualTo("Hello");
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("plaza_lang=en;")
                .contains("Path=/", "Max-Age=31536000", "HttpOnly", "SameSite=Lax")
                .doesNotContain("Secure"));
    }

    @Test
    void rememberedCookieWinsOverAcceptLanguage() {
        HttpResponse<String> response = get(GREETING, "Accept-Language", "es", "Cookie", "plaza_lang=en");

        assertThat(response.body()).isEqualTo("Hello");
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("plaza_lang"));
    }

    @Test
    void ignoresUnsupportedLangParameterAndCookie() {
        HttpResponse<String> response = get(GREETING + "?lang=fr", "Accept-Language", "en", "Cookie", "plaza_lang=de");

        assertThat(response.body()).isEqualTo("Hello");
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("plaza_lang"));
    }

    @Test
    void errorPagesAndProblemsSpeakTheChosenLanguage() {
        HttpResponse<String> page = get("/no-such-page?lang=en", "Accept", "text/html", "Accept-Language", "es");
        HttpResponse<String> problem = get("/api/public/no-such-thing?lang=en", "Accept-Language", "es");

        assertThat(page.body()).contains("Not found", "lang=\"en\"");
        assertThat(problem.body()).contains("\"title\":\"Not found\"");
    }

    @Test
    void resolvesTheServicesBundleAndTheStartersSharedBundles() {
        for (Locale locale : new Locale[] { Locale.ENGLISH, Locale.forLanguageTag("es") }) {
            assertThat(messages.getMessage("test.greeting", null, null, locale)).isNotNull();
            assertThat(messages.getMessage("plaza.problem.validation.title", null, null, locale)).isNotNull();
            assertThat(messages.getMessage("plaza.layout.skip", null, null, locale)).isNotNull();
        }
    }

    @Test
    void rendersResidentPagesInTheChosenLanguage() {
        assertThat(get("/petition?lang=en").body()).contains("<html lang=\"en\">", "<title>Hello</title>");
        assertThat(get("/petition").body()).contains("<html lang=\"es\">", "<title>Hola</title>");
    }
}
