package org.plaza.bench.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
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

import tools.jackson.databind.JsonNode;

/**
 * A staff member signed in through the gateway as a browser does (authorization code flow with the
 * identity pages, session cookie), calling staff JSON APIs with that session and the CSRF token of the
 * gateway's forms in {@code X-XSRF-TOKEN}. When identity asks for a new password (a one-time password), it sets
 * {@code newPassword}.
 */
public final class StaffSession {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final URI gateway;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String csrf;

    private StaffSession(URI gateway) {
        this.gateway = gateway;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Signs in; fails with the page it ended on when the credentials are refused. */
    public static StaffSession signIn(URI gateway, String username, String password, String newPassword) {
        if (password == null || password.isBlank()) {
            throw new IllegalArgumentException("Service scenarios need a staff account: pass --staff-password "
                    + "(or set PLAZA_ADMIN_PASSWORD, as for ./plaza up); see platform/bench/README.md");
        }
        StaffSession session = new StaffSession(gateway);
        HttpResponse<String> signInPage = session.followAll(session.send(session.request("staff/identity/directory").GET()));
        if (!signInPage.uri().getPath().endsWith("/identity/sign-in")) {
            throw new IllegalStateException("Expected identity's sign-in page, got " + signInPage.uri() + " ("
                    + signInPage.statusCode() + ")");
        }
        HttpResponse<String> answer = session.submit("identity/sign-in", signInPage,
                Map.of("username", username, "password", password));
        if (answer.statusCode() / 100 == 3 && location(answer).endsWith("/identity/password")) {
            if (newPassword == null || newPassword.isBlank()) {
                throw new IllegalStateException("Identity asks '" + username + "' for a new password (one-time "
                        + "password): pass --new-staff-password too");
            }
            HttpResponse<String> form = session.send(session.request("identity/password").GET());
            answer = session.submit("identity/password", form,
                    Map.of("currentPassword", password, "newPassword", newPassword, "confirmation", newPassword));
        }
        HttpResponse<String> landed = session.followAll(answer);
        if (landed.statusCode() != 200 || !landed.uri().getPath().startsWith("/staff/")) {
            throw new IllegalStateException("Staff sign-in as '" + username + "' failed: ended on " + landed.uri()
                    + " (" + landed.statusCode() + ")");
        }
        return session;
    }

    public JsonNode get(String path) {
        return expectSuccess("GET", path, send(request(path).header("Accept", "application/json").GET()));
    }

    public JsonNode post(String path, Object body) {
        return expectSuccess("POST", path, sendJson("POST", path, body));
    }

    public JsonNode put(String path, Object body) {
        return expectSuccess("PUT", path, sendJson("PUT", path, body));
    }

    /** The raw answer, for callers that wait for a status to change (a campaign not yet known: 404). */
    public HttpResponse<String> sendJson(String method, String path, Object body) {
        String json = body == null ? "" : body instanceof String text ? text : Json.write(body);
        HttpResponse<String> answer = sendJsonOnce(method, path, json);
        if (answer.statusCode() == 403 && answer.body().contains("/problems/csrf")) {
            forgetCsrfToken();
            answer = sendJsonOnce(method, path, json);
        }
        return answer;
    }

    private HttpResponse<String> sendJsonOnce(String method, String path, String json) {
        return send(request(path).header("Accept", "application/json").header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", csrfToken()).method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A service's answer may set a new CSRF cookie; the token of the gateway's form must then be read again. */
    private synchronized void forgetCsrfToken() {
        csrf = null;
    }

    /** The raw answer of a GET (CSV exports). */
    public HttpResponse<String> getRaw(String path, String accept) {
        return send(request(path).header("Accept", accept).GET());
    }

    /** The CSRF token as the gateway's own forms carry it (the masked form the header check expects). */
    private synchronized String csrfToken() {
        if (csrf == null) {
            HttpResponse<String> page = send(request("sign-out").GET());
            Matcher field = CSRF_FIELD.matcher(page.body());
            if (!field.find()) {
                throw new IllegalStateException("No CSRF token on the gateway's sign-out page (" + page.statusCode() + ")");
            }
            csrf = field.group(1);
        }
        return csrf;
    }

    private static JsonNode expectSuccess(String method, String path, HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body().isBlank() ? Json.object() : Json.parse(response.body());
    }

    private HttpResponse<String> submit(String path, HttpResponse<String> page, Map<String, String> fields) {
        Matcher field = CSRF_FIELD.matcher(page.body());
        if (!field.find()) {
            throw new IllegalStateException("No form on " + page.uri() + " (" + page.statusCode() + ")");
        }
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", field.group(1));
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> followAll(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 10 && current.statusCode() / 100 == 3; hops++) {
            current = send(request(location(current)).GET());
        }
        return current;
    }

    private HttpRequest.Builder request(String pathOrUrl) {
        URI uri = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl)
                : gateway.resolve(pathOrUrl.startsWith("/") ? pathOrUrl.substring(1) : pathOrUrl);
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String location(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("No redirect from " + response.uri()));
        return response.uri().resolve(location).toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
