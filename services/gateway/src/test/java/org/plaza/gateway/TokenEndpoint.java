package org.plaza.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for identity's token endpoint: remembers each request body (code, code_verifier …) and answers
 * with the token response the test prepared, or 400 {@code invalid_grant} when none was.
 */
final class TokenEndpoint implements AutoCloseable {

    private final HttpServer server;
    private final ConcurrentLinkedDeque<String> requests = new ConcurrentLinkedDeque<>();
    private volatile Supplier<String> answer;

    TokenEndpoint() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/oauth2/token", exchange -> {
            requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Supplier<String> prepared = answer;
            answer = null;
            byte[] body = (prepared == null ? "{\"error\":\"invalid_grant\"}" : prepared.get())
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(prepared == null ? 400 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/oauth2/token";
    }

    /** The next request gets these tokens. */
    void answerNextWith(String accessToken, String idToken) {
        answer = () -> "{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\",\"expires_in\":600,"
                + "\"scope\":\"openid\",\"id_token\":\"" + idToken + "\"}";
    }

    /**
     * The next request gets these tokens with an access token that is already due for refresh (it expires within
     * the client's clock skew) and a refresh token, so the gateway's next staff request asks for a refresh.
     */
    void answerNextWithExpiringTokens(String accessToken, String idToken, String refreshToken) {
        answer = () -> "{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\",\"expires_in\":1,"
                + "\"refresh_token\":\"" + refreshToken + "\",\"scope\":\"openid\",\"id_token\":\"" + idToken + "\"}";
    }

    /** How many token requests came in. */
    int count() {
        return requests.size();
    }

    String last() {
        return requests.peekLast();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
