package org.plaza.testsupport.security;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An HTTP server on the loopback interface that publishes an issuer's OpenID configuration
 * and its public key set, which is all a resource server asks an issuer for.
 */
final class LocalIssuer {

    static final String CONFIGURATION_PATH = "/.well-known/openid-configuration";

    static final String JWKS_PATH = "/jwks";

    private final HttpServer server;

    private final String issuer;

    LocalIssuer(RSAKey signingKey) {
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not open the local issuer's port", ex);
        }
        this.issuer = "http://127.0.0.1:" + this.server.getAddress().getPort();
        String configuration = JSONObjectUtils.toJSONString(Map.of(
                "issuer", this.issuer,
                "jwks_uri", this.issuer + JWKS_PATH,
                "authorization_endpoint", this.issuer + "/authorize",
                "token_endpoint", this.issuer + "/token",
                "response_types_supported", List.of("code"),
                "subject_types_supported", List.of("public"),
                "id_token_signing_alg_values_supported", List.of("RS256")));
        String keys = new JWKSet(signingKey.toPublicJWK()).toString();
        this.server.createContext(CONFIGURATION_PATH, exchange -> respond(exchange, configuration));
        this.server.createContext(JWKS_PATH, exchange -> respond(exchange, keys));
        ExecutorService executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "plaza-test-issuer");
            thread.setDaemon(true);
            return thread;
        });
        this.server.setExecutor(executor);
        startOnDaemonThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> this.server.stop(0), "plaza-test-issuer-shutdown"));
    }

    String issuer() {
        return this.issuer;
    }

    /** The server's dispatcher thread inherits the daemon flag of the thread that starts it. */
    private void startOnDaemonThread() {
        Thread starter = new Thread(this.server::start, "plaza-test-issuer-start");
        starter.setDaemon(true);
        starter.start();
        try {
            starter.join();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the local issuer", ex);
        }
    }

    private static void respond(HttpExchange exchange, String json) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

}
