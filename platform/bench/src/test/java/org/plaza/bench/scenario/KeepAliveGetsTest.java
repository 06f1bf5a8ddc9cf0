package org.plaza.bench.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plaza.bench.load.LoadModel;
import org.plaza.bench.load.Outcome;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** The plain-socket client against the JDK's HttpServer, and against raw sockets for what that server never does. */
class KeepAliveGetsTest {

    private static final String COUNTS = "{\"slug\":\"agua\",\"verified\":20}";

    private HttpServer server;
    private ServerSocket raw;
    private KeepAliveGets gets;
    private final List<Integer> clientPorts = new CopyOnWriteArrayList<>();
    private final List<String> forwardedFor = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws IOException {
        if (gets != null) {
            gets.close();
        }
        if (server != null) {
            server.stop(0);
        }
        if (raw != null) {
            raw.close();
        }
    }

    @Test
    void readsOneAnswerAfterAnotherOnOneKeptAliveConnection() throws IOException {
        serve(exchange -> answer(exchange, 200, COUNTS));
        KeepAliveGets.Request request = gets.request("api/public/petitions/agua/counts",
                Map.of("X-Forwarded-For", "10.0.0.1"));

        for (int i = 0; i < 3; i++) {
            KeepAliveGets.Response response = gets.send(request);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.text()).isEqualTo(COUNTS);
        }

        assertThat(clientPorts).hasSize(3).containsOnly(clientPorts.get(0));
        assertThat(forwardedFor).containsOnly("10.0.0.1");
        assertThat(gets.openConnections()).isEqualTo(1);
    }

    @Test
    void readsAChunkedAnswerAndKeepsTheConnection() throws IOException {
        serve(exchange -> {
            exchange.sendResponseHeaders(200, 0);
            OutputStream body = exchange.getResponseBody();
            body.write("{\"slug\":\"agua\",".getBytes(StandardCharsets.UTF_8));
            body.flush();
            body.write("\"verified\":20}".getBytes(StandardCharsets.UTF_8));
            exchange.close();
        });
        KeepAliveGets.Request request = gets.request("counts", Map.of());

        assertThat(gets.send(request).text()).isEqualTo(COUNTS);
        assertThat(gets.send(request).text()).isEqualTo(COUNTS);
        assertThat(clientPorts).hasSize(2).containsOnly(clientPorts.get(0));
    }

    @Test
    void anAnswerSayingConnectionCloseEndsTheConnectionAndTheNextReadOpensAnother() throws IOException {
        serve(exchange -> {
            exchange.getResponseHeaders().set("Connection", "close");
            answer(exchange, 200, COUNTS);
        });
        KeepAliveGets.Request request = gets.request("counts", Map.of());

        assertThat(gets.send(request).text()).isEqualTo(COUNTS);
        assertThat(gets.openConnections()).isZero();
        assertThat(gets.send(request).text()).isEqualTo(COUNTS);

        assertThat(clientPorts).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void aRefusalWithRetryAfterIsAnAnswerWhoseBodyIsReadSoTheConnectionStaysUsable() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        serve(exchange -> {
            int call = calls.getAndIncrement();
            if (call < 2) {
                exchange.getResponseHeaders().set("Retry-After", "1");
                exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
                answer(exchange, call == 0 ? 429 : 503, "{\"status\":" + (call == 0 ? 429 : 503) + "}");
            } else {
                answer(exchange, 200, COUNTS);
            }
        });
        KeepAliveGets.Request request = gets.request("counts", Map.of());

        assertThat(gets.send(request).status()).isEqualTo(429);
        KeepAliveGets.Response refused = gets.send(request);
        KeepAliveGets.Response read = gets.send(request);

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.text()).isEqualTo("{\"status\":503}");
        assertThat(read.text()).isEqualTo(COUNTS);
        assertThat(clientPorts).hasSize(3).containsOnly(clientPorts.get(0));
    }

    @Test
    void anAnswerWithNeitherLengthNorChunksEndsWithTheStream() throws IOException {
        AtomicInteger connections = rawServer((connection, in, out) -> {
            readHead(in);
            out.write("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.write(COUNTS.getBytes(StandardCharsets.UTF_8));
        });
        KeepAliveGets.Request request = gets.request("counts", Map.of());

        assertThat(gets.send(request).text()).isEqualTo(COUNTS);
        assertThat(gets.openConnections()).isZero();
        assertThat(gets.send(request).text()).isEqualTo(COUNTS);
        assertThat(connections.get()).isEqualTo(2);
    }

    @Test
    void aKeptAliveConnectionTheServerDroppedWhileIdleIsReplacedAndTheReadSentAgain() throws IOException {
        AtomicInteger connections = rawServer((connection, in, out) -> {
            readHead(in);
            out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + COUNTS.length() + "\r\n\r\n" + COUNTS)
                    .getBytes(StandardCharsets.UTF_8));
        });
        KeepAliveGets.Request request = gets.request("counts", Map.of());

        assertThat(gets.send(request).text()).isEqualTo(COUNTS);
        assertThat(gets.send(request).text()).isEqualTo(COUNTS);
        assertThat(connections.get()).isEqualTo(2);
    }

    @Test
    void aConnectionThatBreaksInsideAnAnswerFailsAmbiguouslyWithoutSendingTheReadAgain() throws IOException {
        AtomicInteger connections = rawServer((connection, in, out) -> {
            readHead(in);
            out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + COUNTS.length() + "\r\n\r\n" + COUNTS)
                    .getBytes(StandardCharsets.UTF_8));
            readHead(in);
            out.write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"slug\"".getBytes(StandardCharsets.UTF_8));
        });
        KeepAliveGets.Request request = gets.request("counts", Map.of());
        gets.send(request);

        String kind = kindOf(() -> gets.send(request));

        assertThat(kind).startsWith("client-");
        assertThat(Outcome.ambiguous(kind)).isTrue();
        assertThat(connections.get()).isEqualTo(1);
        assertThat(gets.openConnections()).isZero();
    }

    @Test
    void anAnswerThatDoesNotComeWithinTheTimeoutIsATimeout() throws IOException {
        rawServer((connection, in, out) -> {
            readHead(in);
            in.read();
        }, Duration.ofMillis(300));
        KeepAliveGets.Request request = gets.request("counts", Map.of());

        assertThatThrownBy(() -> gets.send(request)).isInstanceOf(HttpTimeoutException.class);
        assertThat(kindOf(() -> gets.send(request))).isEqualTo("timeout");
    }

    @Test
    void aRefusedConnectionIsConnectFailed() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        gets = new KeepAliveGets(URI.create("http://127.0.0.1:" + port + "/"), Duration.ofSeconds(5),
                Duration.ofSeconds(5));
        KeepAliveGets.Request request = gets.request("counts", Map.of());

        assertThat(kindOf(() -> gets.send(request))).isEqualTo("connect-failed");
    }

    @Test
    void onlyPlainHttpIsSupportedAndHeadersCannotBreakTheRequest() {
        assertThat(KeepAliveGets.supports(URI.create("http://127.0.0.1:8080/"))).isTrue();
        assertThat(KeepAliveGets.supports(URI.create("https://plaza.example.org/"))).isFalse();
        gets = new KeepAliveGets(URI.create("http://127.0.0.1:8080/"), Duration.ofSeconds(1), Duration.ofSeconds(1));

        assertThat(gets.request("api/public/petitions/agua/counts", Map.of()).toString())
                .startsWith("GET /api/public/petitions/agua/counts HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n")
                .endsWith("\r\n\r\n");
        assertThatThrownBy(() -> gets.request("counts", Map.of("X-Forwarded-For", "1.2.3.4\r\nX-Evil: 1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void serve(Handler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            clientPorts.add(exchange.getRemoteAddress().getPort());
            String forwarded = exchange.getRequestHeaders().getFirst("X-Forwarded-For");
            if (forwarded != null) {
                forwardedFor.add(forwarded);
            }
            handler.handle(exchange);
        });
        server.start();
        gets = new KeepAliveGets(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"),
                Duration.ofSeconds(5), Duration.ofSeconds(30));
    }

    private AtomicInteger rawServer(Script script) throws IOException {
        return rawServer(script, Duration.ofSeconds(30));
    }

    /** A server that runs {@code script} on each connection it accepts, one after the other, then closes it. */
    private AtomicInteger rawServer(Script script, Duration timeout) throws IOException {
        raw = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        AtomicInteger connections = new AtomicInteger();
        Thread acceptor = new Thread(() -> {
            while (!raw.isClosed()) {
                try (Socket socket = raw.accept()) {
                    script.serve(connections.getAndIncrement(), socket.getInputStream(), socket.getOutputStream());
                } catch (IOException closedOrBroken) {
                    // the test ended, or the client went away: the next accept decides
                }
            }
        }, "raw-http-server");
        acceptor.setDaemon(true);
        acceptor.start();
        gets = new KeepAliveGets(URI.create("http://127.0.0.1:" + raw.getLocalPort() + "/"), Duration.ofSeconds(5),
                timeout);
        return connections;
    }

    /** Reads a request's head up to its empty line. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while (matched < 4 && (b = in.read()) != -1) {
            head.write(b);
            matched = (b == '\r' && matched % 2 == 0) || (b == '\n' && matched % 2 == 1) ? matched + 1 : 0;
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static String kindOf(Send send) {
        try {
            send.run();
        } catch (IOException failed) {
            return LoadModel.kind(failed);
        }
        return "ok";
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private interface Script {
        void serve(int connection, InputStream in, OutputStream out) throws IOException;
    }

    private interface Send {
        void run() throws IOException;
    }
}
