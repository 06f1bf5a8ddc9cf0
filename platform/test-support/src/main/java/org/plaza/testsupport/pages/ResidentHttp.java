package org.plaza.testsupport.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A resident's browser, reduced to what a test of a running service (or the gateway) needs: plain GETs on
 * a real port, redirects not followed, and the checks every error page must pass. Error pages are pages
 * of the site: the shared layout (stylesheet, header with the brand and the language switch, footer), the
 * page's language, a localized message, and never a stack trace; an API client asking for JSON gets
 * problem JSON instead.
 */
public final class ResidentHttp {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final String origin;

    private ResidentHttp(String origin) {
        this.origin = origin;
    }

    /** A browser for {@code http://127.0.0.1:<port>}. */
    public static ResidentHttp onPort(int port) {
        return new ResidentHttp("http://127.0.0.1:" + port);
    }

    /** A page request, as a browser sends it. */
    public HttpResponse<String> page(String path) {
        return get(path, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    }

    /** The same address asked for by an API client. */
    public HttpResponse<String> json(String path) {
        return get(path, "application/json");
    }

    public HttpResponse<String> get(String path, String accept) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(origin + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", accept).GET().build();
        try {
            return HTTP.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Asserts that {@code path}, an address the service does not have, is the site's 404 page in Spanish (the
     * default) and in English ({@code ?lang=en}), and problem JSON for an API client.
     */
    public void assertUnknownAddressIsAPageOfTheSite(String path) {
        assertErrorPage(page(path), 404, "es", "No encontrado");
        assertErrorPage(page(path + "?lang=en"), 404, "en", "Not found");
        assertProblemJson(json(path), 404);
    }

    /**
     * Asserts an HTML error page with {@code status} inside the shared layout, in {@code language}
     * ({@code es} or {@code en}), showing every one of {@code texts}, and giving nothing internal away.
     */
    public static void assertErrorPage(HttpResponse<String> response, int status, String language, String... texts) {
        assertThat(response.statusCode()).as("status of %s", response.uri()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as("content type of %s", response.uri())
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertInLayout(response.body(), language);
        assertThat(response.body()).doesNotContain("Exception", "at org.", "at java.", "Whitelabel");
        if (texts.length > 0) {
            assertThat(response.body()).contains(texts);
        }
    }

    /** Asserts the shared layout: the page's language, the stylesheet, the site's header and footer. */
    public static void assertInLayout(String html, String language) {
        assertThat(html).contains("lang=\"" + language + "\"", "href=\"/plaza/plaza.css\"",
                "class=\"site-header\"", "class=\"brand\"", "class=\"lang-switch\"", "class=\"site-footer\"",
                "<main id=\"main\"");
    }

    /** Asserts RFC 9457 problem JSON with {@code status} and each of {@code texts} in its body. */
    public static void assertProblemJson(HttpResponse<String> response, int status, String... texts) {
        assertThat(response.statusCode()).as("status of %s", response.uri()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":" + status).doesNotContain("<html");
        if (texts.length > 0) {
            assertThat(response.body()).contains(texts);
        }
    }
}
