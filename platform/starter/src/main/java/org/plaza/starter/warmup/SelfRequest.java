package org.plaza.starter.warmup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One warm-up request a service sends itself, {@code "METHOD /path"} or {@code "METHOD /path {json body}"}, written
 * as HTTP/1.1 on a plain loopback socket (no HTTP client library to load only for this): a request with a body is
 * sent and answered as JSON, one without asks for a page.
 */
record SelfRequest(String method, String path, String body) {

    static SelfRequest parse(String line) {
        String trimmed = line.strip();
        String[] parts = trimmed.split("\\s+", 3);
        if (parts.length < 2 || !parts[1].startsWith("/")) {
            throw new IllegalArgumentException("plaza.warm-up.requests: expected \"METHOD /path [body]\", got: " + line);
        }
        return new SelfRequest(parts[0].toUpperCase(java.util.Locale.ROOT), parts[1], parts.length == 3 ? parts[2] : null);
    }

    /** Sends the request to {@code host:port} with {@code Accept-Language: language}; returns the status code. */
    int send(String host, int port, String language, Duration timeout) throws IOException {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder()
                .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(':').append(port).append("\r\n")
                .append("Accept-Language: ").append(language).append("\r\n")
                .append("Connection: close\r\n");
        if (body == null) {
            head.append("Accept: text/html,application/xhtml+xml,*/*;q=0.8\r\n");
        } else {
            head.append("Accept: application/json, application/problem+json\r\n")
                    .append("Content-Type: application/json\r\n")
                    .append("Content-Length: ").append(content.length).append("\r\n");
        }
        head.append("\r\n");
        int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), millis);
            socket.setSoTimeout(millis);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            int status = status(in);
            in.transferTo(OutputStream.nullOutputStream());
            return status;
        }
    }

    /** The status code of the answer's first line, {@code HTTP/1.1 404 …}. */
    private static int status(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            line.append((char) c);
        }
        String[] parts = line.toString().split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP answer: " + line);
        }
        return Integer.parseInt(parts[1].strip());
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
