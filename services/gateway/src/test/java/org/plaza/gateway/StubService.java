package org.plaza.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for every service behind the gateway: answers any path with a small page (a path ending in
 * {@code /not-found} with a 404 page of its own, any path with {@code ?lang=} with the {@code plaza_lang} cookie as
 * every service sets it, {@code /busy} with 503 and {@code Retry-After}, {@code /sets-cookie}
 * with a cookie of its own, {@code /reveals-itself} with
 * headers that name the server software behind it, {@code /large} with a page of 10 KB, {@code /gzipped} compressed for a client that accepts
 * gzip) and remembers each request it
 * got (method, path, headers, body, and the gateway's port of the connection it came on), so tests see exactly what
 * the gateway sent on.
 */
final class StubService implements AutoCloseable {

    private final HttpServer server;
    private final ConcurrentLinkedDeque<Received> received = new ConcurrentLinkedDeque<>();

    StubService() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.putAll(exchange.getRequestHeaders());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers, body,
                    exchange.getRemoteAddress().getPort()));
            byte[] page = ("<!DOCTYPE html><html><body>stub " + exchange.getRequestURI().getPath() + "</body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html;charset=UTF-8");
            String query = exchange.getRequestURI().getQuery();
            if (query != null && query.contains("maxAge=")) {
                exchange.getResponseHeaders().set("Cache-Control",
                        "public, max-age=" + query.replaceAll(".*maxAge=(\\d+).*", "$1"));
                page = (new String(page, StandardCharsets.UTF_8) + " #" + received.size()).getBytes(StandardCharsets.UTF_8);
            }
            if (query != null && query.matches("(.*&)?lang=(es|en)(&.*)?")) {
                exchange.getResponseHeaders().add("Set-Cookie", "plaza_lang="
                        + query.replaceAll("(.*&)?lang=(es|en)(&.*)?", "$2") + "; Path=/; Max-Age=31536000; SameSite=Lax");
            }
            int status = 200;
            String path = exchange.getRequestURI().getPath();
            if (path.endsWith("/not-found")) {
                status = 404;
                page = "<!DOCTYPE html><html><body>the service's own not-found page</body></html>"
                        .getBytes(StandardCharsets.UTF_8);
            } else if (path.endsWith("/busy")) {
                status = 503;
                exchange.getResponseHeaders().set("Retry-After", "1");
            } else if (path.endsWith("/sets-cookie")) {
                exchange.getResponseHeaders().add("Set-Cookie", "plaza_draft=" + query + "; Path=/; HttpOnly");
            } else if (path.endsWith("/reveals-itself")) {
                exchange.getResponseHeaders().set("Server", "Apache Tomcat/11.0.0");
                exchange.getResponseHeaders().set("X-Powered-By", "Servlet/6.1 JSP/4.0");
                exchange.getResponseHeaders().set("X-AspNet-Version", "4.0.30319");
                exchange.getResponseHeaders().set("X-Runtime", "0.004");
                exchange.getResponseHeaders().set("Via", "1.1 service-sidecar");
                exchange.getResponseHeaders().set("X-Plaza-Stub", "kept");
            } else if (path.endsWith("/large")) {
                page = ("<!DOCTYPE html><html><body>" + "<p>una página larga</p>".repeat(400) + "</body></html>")
                        .getBytes(StandardCharsets.UTF_8);
            }
            String accepted = exchange.getRequestHeaders().getFirst("Accept-Encoding");
            if (path.endsWith("/gzipped") && accepted != null && accepted.contains("gzip")) {
                page = gzip(page);
                exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            }
            exchange.sendResponseHeaders(status, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
    }

    /**
     * {@code page} compressed as this stub sends it, with a modification time in its gzip header that nothing else
     * writes (Java writes 0), so a test can tell these very bytes from a body decompressed and compressed again.
     */
    static byte[] gzip(byte[] page) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = compressed.toByteArray();
        bytes[4] = 0x2A;
        bytes[5] = 0x2A;
        return bytes;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The last request that reached the stub with this path (and query). */
    Received last(String pathAndQuery) {
        return received.stream().filter(request -> request.path().equals(pathAndQuery))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("The stub got no request for " + pathAndQuery + "; got "
                        + received.stream().map(Received::path).toList()));
    }

    /** How many requests with this path (and query) reached the stub. */
    long count(String pathAndQuery) {
        return received.stream().filter(request -> request.path().equals(pathAndQuery)).count();
    }

    boolean got(String pathAndQuery) {
        return received.stream().anyMatch(request -> request.path().equals(pathAndQuery));
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** The requests that reached the stub with this path (and query), oldest first. */
    List<Received> all(String pathAndQuery) {
        return received.stream().filter(request -> request.path().equals(pathAndQuery)).toList();
    }

    /**
     * One request as the stub saw it.
     *
     * @param gatewayPort the gateway's port of the connection the request came on (one per connection)
     */
    record Received(String method, String path, Map<String, List<String>> headers, String body, int gatewayPort) {

        String header(String name) {
            List<String> values = headers.get(name);
            return values == null ? null : String.join(", ", values);
        }
    }
}
