package org.plaza.bench.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** Against a tiny gateway look-alike: redirects to sign-in, a one-time password, a session cookie and CSRF. */
class StaffSessionTest {

    private HttpServer gateway;
    private final List<String> changedPasswords = new CopyOnWriteArrayList<>();
    private final List<String> campaignBodies = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startGateway() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/", this::handle);
        gateway.start();
    }

    @AfterEach
    void stopGateway() {
        gateway.stop(0);
    }

    @Test
    void signsInReplacingAOneTimePasswordAndCallsStaffApisWithTheSessionAndTheFormsCsrfToken() {
        StaffSession staff = StaffSession.signIn(uri(), "admin", "one-time-1", "new secret words 42");

        String id = staff.post("api/staff/campaigns", Json.parse("{\"title\":{\"es\":\"Agua\"}}")).path("id").asString();

        assertThat(id).isEqualTo("cmp-1");
        assertThat(changedPasswords).containsExactly("new secret words 42");
        assertThat(campaignBodies).containsExactly("{\"title\":{\"es\":\"Agua\"}}");
    }

    @Test
    void aOneTimePasswordWithoutANewOneStopsWithAnExplanation() {
        assertThatThrownBy(() -> StaffSession.signIn(uri(), "admin", "one-time-1", null))
                .hasMessageContaining("--new-staff-password");
    }

    @Test
    void refusedCredentialsOrNoPasswordFailBeforeAnyLoad() {
        assertThatThrownBy(() -> StaffSession.signIn(uri(), "admin", "wrong", null)).hasMessageContaining("failed");
        assertThatThrownBy(() -> StaffSession.signIn(uri(), "admin", " ", null))
                .hasMessageContaining("--staff-password");
    }

    private URI uri() {
        return URI.create("http://127.0.0.1:" + gateway.getAddress().getPort() + "/");
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        String cookies = String.join(";", exchange.getRequestHeaders().getOrDefault("Cookie", List.of()));
        boolean signedIn = cookies.contains("session=staff");
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (path.equals("/staff/identity/directory")) {
            if (signedIn) {
                answer(exchange, 200, "<h1>Directorio</h1>");
            } else {
                redirect(exchange, "/identity/sign-in");
            }
        } else if (path.equals("/identity/sign-in") && method.equals("GET")) {
            exchange.getResponseHeaders().add("Set-Cookie", "idp=1; Path=/");
            answer(exchange, 200, form("sign-in-token"));
        } else if (path.equals("/identity/sign-in")) {
            if (body.contains("password=one-time-1") && body.contains("_csrf=sign-in-token")) {
                redirect(exchange, "/identity/password");
            } else {
                answer(exchange, 200, form("sign-in-token"));
            }
        } else if (path.equals("/identity/password") && method.equals("GET")) {
            answer(exchange, 200, form("password-token"));
        } else if (path.equals("/identity/password")) {
            changedPasswords.add(java.net.URLDecoder.decode(body.replaceAll(".*newPassword=([^&]*).*", "$1"),
                    StandardCharsets.UTF_8));
            exchange.getResponseHeaders().add("Set-Cookie", "session=staff; Path=/; HttpOnly");
            redirect(exchange, "/staff/identity/directory");
        } else if (path.equals("/sign-out")) {
            answer(exchange, 200, form("masked-csrf"));
        } else if (path.equals("/api/staff/campaigns") && signedIn
                && "masked-csrf".equals(exchange.getRequestHeaders().getFirst("X-XSRF-TOKEN"))) {
            campaignBodies.add(body);
            answer(exchange, 201, "{\"id\":\"cmp-1\"}");
        } else {
            answer(exchange, 401, "{\"status\":401}");
        }
    }

    private static String form(String token) {
        return "<form method=\"post\"><input type=\"hidden\" name=\"_csrf\" value=\"" + token + "\"/></form>";
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
