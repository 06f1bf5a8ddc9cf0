package org.plaza.gateway;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.plaza.testsupport.net.SilentServer;
import org.plaza.testsupport.security.StaffTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway on a real Tomcat in front of a stub that stands in for every service, with a real local
 * token issuer standing in for identity's keys, and a service {@code hanging} that never answers. It trusts 127.0.0.1 as a proxy, so tests can play
 * distinct clients with {@code X-Forwarded-For}. All subclasses share one application context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "plaza.gateway.trusted-proxies=127.0.0.1/32",
        "plaza.gateway.rate-limits.resident-writes.burst.capacity=3",
        "plaza.gateway.limits.max-body-size=8KB",
        "plaza.services.insights.url=http://127.0.0.1:9",
        "plaza.gateway.routes.hanging.public-paths=/hanging/**,/api/public/hanging/**",
        "spring.http.clients.read-timeout=1s",
        "spring.security.oauth2.client.registration.identity.client-secret=test-secret" })
@ActiveProfiles("test")
abstract class GatewayTest {

    static final StubService STUB = new StubService();
    /** Identity's token endpoint. */
    static final TokenEndpoint TOKEN_ENDPOINT = new TokenEndpoint();
    /** The service {@code hanging}: accepts every request and never answers. */
    static final SilentServer HANGING = new SilentServer();
    static final StaffTokens TOKENS = StaffTokens.shared();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        for (String service : new String[] { "campaigns", "identity", "petitions", "comments", "outreach",
                "notifications", "supporters" }) {
            registry.add("plaza.services." + service + ".url", STUB::url);
        }
        registry.add("plaza.services.hanging.url", HANGING::url);
        registry.add("spring.security.oauth2.client.provider.identity.token-uri", TOKEN_ENDPOINT::url);
        registry.add("spring.security.oauth2.client.provider.identity.jwk-set-uri", TOKENS::jwkSetUri);
        registry.add("plaza.gateway.sign-in.issuer", TOKENS::issuer);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", TOKENS::issuer);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> TOKENS.issuer() + "/jwks");
    }

    /** A browser-like client: keeps cookies, does not follow redirects. */
    Client browser() {
        return new Client(HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build());
    }

    /** Sends requests to the gateway. */
    final class Client {

        private final HttpClient http;

        Client(HttpClient http) {
            this.http = http;
        }

        HttpResponse<String> get(String path, String... headers) {
            return send(request(path, headers).GET());
        }

        HttpResponse<String> post(String path, String contentType, String body, String... headers) {
            return send(request(path, headers).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        }

        HttpRequest.Builder request(String path, String... headers) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(30));
            for (int i = 0; i < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return request;
        }

        HttpResponse<String> send(HttpRequest.Builder request) {
            return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
            try {
                return http.send(request.build(), body);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
