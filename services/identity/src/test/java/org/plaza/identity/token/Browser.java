package org.plaza.identity.token;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A cookie-keeping HTTP client that follows no redirects on its own, so tests can see each step of the
 * sign-in conversation; it fills in the CSRF field of forms like a browser would.
 */
final class Browser {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private final String clientAddress;

    Browser(int port) {
        this(port, null);
    }

    /** A browser at {@code clientAddress}, as the gateway would forward it ({@code X-Forwarded-For}). */
    Browser(int port, String clientAddress) {
        this.base = "http://127.0.0.1:" + port;
        this.clientAddress = clientAddress;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    HttpResponse<String> get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(uri(pathOrUrl)).header("Accept", "text/html").GET());
    }

    /** Posts a form, with the CSRF field taken from {@code page} (the page that showed the form). */
    HttpResponse<String> submit(String path, HttpResponse<String> page, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", csrfOf(page));
        return post(path, form);
    }

    HttpResponse<String> post(String path, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            if (clientAddress != null) {
                request.header("X-Forwarded-For", clientAddress);
            }
            return http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("No redirect: " + response.statusCode() + " " + response.body()));
    }

    static String csrfOf(HttpResponse<String> page) {
        Matcher matcher = CSRF_FIELD.matcher(page.body());
        if (!matcher.find()) {
            throw new AssertionError("No CSRF field in " + page.uri() + ": " + page.body());
        }
        return matcher.group(1);
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> enc(field.getKey()) + "=" + enc(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
