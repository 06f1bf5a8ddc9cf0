package org.plaza.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A staff member's browser without the browser: keeps cookies, follows redirects one by one, fills in
 * the CSRF field of forms. Signs in through the gateway exactly as a browser does; then calls staff
 * pages and {@code /api/staff/**} JSON with the gateway session and the CSRF token, as the staff pages do.
 */
public final class StaffClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String gateway;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private String csrfToken;

    public StaffClient(String gateway) {
        this.gateway = gateway;
    }

    /** The value of one of this client's cookies for the gateway (the session, to hand over to a browser). */
    public String cookie(String name) {
        return cookies.getCookieStore().get(URI.create(gateway)).stream().filter(cookie -> cookie.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("No cookie " + name + " for " + gateway));
    }

    /** The gateway this client talks to. */
    public String gateway() {
        return gateway;
    }

    /** {@code GET} of staff JSON: the body when the answer is 200, else an assertion error with the answer. */
    public JsonNode getJson(String path) {
        HttpResponse<String> response = get(path, "Accept", "application/json");
        assertThat(response.statusCode()).as("GET " + path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** {@code POST} of staff JSON with the CSRF header the gateway checks (a fresh token if the first is refused). */
    public HttpResponse<String> sendJson(String method, String path, String json) {
        HttpResponse<String> response = jsonRequest(method, path, json, csrf());
        if (response.statusCode() == 403 && response.body().contains("csrf")) {
            csrfToken = null;
            response = jsonRequest(method, path, json, csrf());
        }
        return response;
    }

    /** {@code POST} of staff JSON expecting 2xx; returns the body read as JSON (empty object for no body). */
    public JsonNode postJson(String path, String json) {
        return expectSuccess("POST", path, json);
    }

    /** {@code PUT} of staff JSON expecting 2xx. */
    public JsonNode putJson(String path, String json) {
        return expectSuccess("PUT", path, json);
    }

    /** Bytes of a download (PDF, CSV) expecting 200. */
    public byte[] download(String path) {
        return download(HttpRequest.newBuilder(uri(path)));
    }

    /** Bytes of a download (PDF, CSV) in {@code language} (its {@code Accept-Language}), expecting 200. */
    public byte[] download(String path, String language) {
        return download(HttpRequest.newBuilder(uri(path)).header("Accept-Language", language));
    }

    private byte[] download(HttpRequest.Builder builder) {
        HttpRequest request = builder.timeout(Duration.ofSeconds(60)).GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as("GET " + request.uri().getPath()).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Submits a staff page's form: the CSRF field of {@code page} plus {@code fields}. */
    public HttpResponse<String> submitForm(String pagePath, String action, Map<String, String> fields) {
        return followAll(submit(action, get(pagePath), fields));
    }

    private JsonNode expectSuccess(String method, String path, String json) {
        HttpResponse<String> response = sendJson(method, path, json);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
        return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    private HttpResponse<String> jsonRequest(String method, String path, String json, String csrf) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("X-XSRF-TOKEN", csrf)
                .method(method, HttpRequest.BodyPublishers.ofString(json == null ? "" : json));
        return send(request);
    }

    /** A CSRF token the gateway accepts: the one in the sign-out form of this session. */
    private String csrf() {
        if (csrfToken == null) {
            csrfToken = csrf(get("/sign-out"));
        }
        return csrfToken;
    }

    /** Opens a staff page, signs in at identity when sent there, and returns the page it lands on. */
    public HttpResponse<String> signInAndOpen(String page, String username, String password, String newPassword) {
        HttpResponse<String> response = get(page);
        HttpResponse<String> signIn = followAll(response);
        assertThat(signIn.uri().getPath()).isEqualTo("/identity/sign-in");
        HttpResponse<String> after = submit("/identity/sign-in", signIn, Map.of("username", username, "password", password));
        if (location(after).endsWith("/identity/password")) {
            HttpResponse<String> form = get("/identity/password");
            after = submit("/identity/password", form, Map.of("currentPassword", password,
                    "newPassword", newPassword, "confirmation", newPassword));
        }
        return followAll(after);
    }

    public HttpResponse<String> get(String pathOrUrl, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathOrUrl)).header("Accept", "text/html");
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return send(request.GET());
    }

    public HttpResponse<String> submit(String path, HttpResponse<String> page, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", csrf(page));
        return post(path, form);
    }

    public HttpResponse<String> post(String path, Map<String, String> fields, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&")))));
    }

    /**
     * Submits a staff page's upload form as a browser does ({@code multipart/form-data}): the CSRF field of
     * {@code page}, {@code fields}, and one file.
     */
    public HttpResponse<String> upload(String path, HttpResponse<String> page, Map<String, String> fields,
            String fileField, String fileName, byte[] content) {
        String boundary = "plaza" + UUID.randomUUID().toString().replace("-", "");
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", csrf(page));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        form.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** {@code POST} of form fields in their order; a name may repeat (checkboxes), as a browser sends them. */
    public HttpResponse<String> postFields(String path, List<Map.Entry<String, String>> fields) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded");
        return send(request.POST(HttpRequest.BodyPublishers.ofString(fields.stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&")))));
    }

    public HttpResponse<String> postJson(String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> followAll(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 10 && current.statusCode() / 100 == 3; hops++) {
            current = get(location(current));
        }
        return current;
    }

    public static String csrf(HttpResponse<String> page) {
        Matcher matcher = CSRF.matcher(page.body());
        if (!matcher.find()) {
            throw new AssertionError("No form on " + page.uri() + " (" + page.statusCode() + ")");
        }
        return matcher.group(1);
    }

    public static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("No redirect from " + response.uri() + ": " + response.statusCode()));
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : gateway + pathOrUrl);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
