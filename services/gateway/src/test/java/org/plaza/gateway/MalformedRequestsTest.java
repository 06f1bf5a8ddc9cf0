package org.plaza.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.plaza.starter.security.SecuritySettings;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Requests Tomcat refuses before any application sees them (sent over a raw socket, as no HTTP client sends them) get
 * Plaza's page in the client's language or problem details, never Tomcat's English page or anything about the server.
 */
class MalformedRequestsTest extends GatewayTest {

    @Autowired
    SecuritySettings settings;

    /** Tomcat stops at the request line: it reads no header, so the answer is the page in Plaza's default language. */
    @Test
    void anInvalidCharacterInThePathGetsPlazasPageInSpanishInsteadOfTomcats() throws IOException {
        String answer = raw("GET /petitions/a|b HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/html\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").contains("Content-Type: text/html;charset=UTF-8")
                .contains("<html lang=\"es\"", "Solicitud incorrecta", "No se pudo entender la solicitud.",
                        "/plaza/plaza.css", "Volver a la página de inicio", "frame-ancestors 'none'");
        assertNothingOfTomcat(answer);
    }

    @Test
    void anUndecodablePathGetsPlazasPageInEnglishForAnEnglishBrowser() throws IOException {
        String answer = raw("GET /peticiones/% HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/html\r\n"
                + "Accept-Language: en-GB,en;q=0.9\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").contains("<html lang=\"en\"", "Bad request",
                "The request could not be understood.", "Back to the start page");
        assertNothingOfTomcat(answer);
    }

    @Test
    void anUndecodablePathOrAMalformedHeaderToAnApiGetsProblemDetails() throws IOException {
        String answer = raw("GET /api/public/petitions/%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n"
                + "Accept-Language: en\r\n\r\n");
        String badHeader = raw("POST /api/public/petitions/x/signatures HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Accept: application/json\r\nBad Header: here\r\nContent-Length: 2\r\n\r\n{}");

        for (String problem : new String[] { answer, badHeader }) {
            assertThat(problem).startsWith("HTTP/1.1 400").contains("Content-Type: application/problem+json")
                    .contains("\"status\":400");
            assertNothingOfTomcat(problem);
        }
        assertThat(answer).contains("\"title\":\"Bad request\"");
    }

    @Test
    void theAnswerCarriesTheSecurityHeadersOfTheStartersSettingsLikeEveryOtherAnswer() throws IOException {
        String page = raw("GET /petitions/a|b HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/html\r\n\r\n");
        String problem = raw("GET /api/public/petitions/%zz HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Accept: application/json\r\n\r\n");

        for (String answer : new String[] { page, problem }) {
            settings.responseHeaders(false).forEach((name, value) -> assertThat(answer).as(name)
                    .contains("\r\n" + name + ": " + value + "\r\n"));
            assertThat(answer).contains("\r\nCache-Control: no-store\r\n")
                    .doesNotContain("Strict-Transport-Security");
        }
    }

    private static void assertNothingOfTomcat(String answer) {
        assertThat(answer).doesNotContainIgnoringCase("tomcat").doesNotContain("HTTP Status")
                .doesNotContainIgnoringCase("\nServer:");
    }

    /** Sends {@code request} as it is and reads the answer until the gateway closes the connection. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
