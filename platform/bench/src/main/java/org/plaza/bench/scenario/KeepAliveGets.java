package org.plaza.bench.scenario;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * GET requests over plain sockets, one kept-alive HTTP/1.1 connection per calling thread, each request sent and its
 * answer read on that thread. Made for the closed model's users, who wait for each answer before the next request
 * anyway: the JDK's {@code HttpClient} spends a selector thread, an executor hand-off and a chain of futures on every
 * request, which cost the load generator more CPU per count read than the gateway spends proxying it (README, "Count
 * reads and the load generator's cost").
 *
 * <p>An answer is read by its {@code Content-Length}, as {@code chunked}, or (neither given) to the end of the stream.
 * The connection is replaced at the next request when the answer said {@code Connection: close}, was an HTTP/1.0 answer
 * without {@code keep-alive}, ended with the stream, or failed. A reused connection that breaks before any byte of the
 * answer arrived (the server closed it while idle) is replaced and the request sent once more, as the JDK client does
 * for idempotent requests. Failures are the JDK client's exceptions, so {@code LoadModel.kind} names them alike:
 * {@code ConnectException} or {@link HttpConnectTimeoutException} ({@code connect-failed}),
 * {@link HttpTimeoutException} ({@code timeout}, the whole exchange past the timeout), any other {@link IOException}
 * ({@code client-<name>}).
 */
public final class KeepAliveGets implements AutoCloseable {

    /** Larger answers are refused: a count answer is a few hundred bytes. */
    static final int MAX_BODY = 4 * 1024 * 1024;
    private static final int BUFFER = 16 * 1024;
    private static final byte[] CONTENT_LENGTH = ascii("content-length");
    private static final byte[] TRANSFER_ENCODING = ascii("transfer-encoding");
    private static final byte[] CONNECTION = ascii("connection");

    private final URI base;
    private final InetSocketAddress address;
    private final String host;
    private final int connectTimeoutMillis;
    private final long timeoutNanos;
    private final ThreadLocal<Connection> connections = new ThreadLocal<>();
    private final Set<Connection> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /**
     * @param base           an {@code http:} origin the paths of {@link #request} are resolved against
     * @param connectTimeout how long a new connection may take
     * @param timeout        how long one exchange may take, from sending the request to the last byte of the answer
     */
    public KeepAliveGets(URI base, Duration connectTimeout, Duration timeout) {
        if (!supports(base)) {
            throw new IllegalArgumentException("plain-socket GETs need an http: origin with a host, not " + base);
        }
        this.base = base;
        int port = base.getPort() == -1 ? 80 : base.getPort();
        this.address = new InetSocketAddress(base.getHost(), port);
        this.host = base.getPort() == -1 ? base.getHost() : base.getHost() + ":" + port;
        this.connectTimeoutMillis = Math.toIntExact(connectTimeout.toMillis());
        this.timeoutNanos = timeout.toNanos();
    }

    /** Whether {@code target} can be read by this client: {@code http:} (TLS is the JDK client's). */
    public static boolean supports(URI target) {
        return "http".equalsIgnoreCase(target.getScheme()) && target.getHost() != null;
    }

    /**
     * A GET of {@code path} (resolved against the base) with {@code Accept: application/json} and {@code headers}
     * (such as {@code X-Forwarded-For}), encoded once to be sent many times.
     */
    public Request request(String path, Map<String, String> headers) {
        URI uri = base.resolve(path);
        String target = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        StringBuilder head = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\nHost: ").append(host)
                .append("\r\nAccept: application/json\r\nUser-Agent: plaza-bench\r\n");
        headers.forEach((name, value) -> {
            if ((name + value).chars().anyMatch(c -> c == '\r' || c == '\n') || name.isBlank()) {
                throw new IllegalArgumentException("a header cannot hold a line break: " + name);
            }
            head.append(name).append(": ").append(value).append("\r\n");
        });
        head.append("\r\n");
        return new Request(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Sends {@code request} on the calling thread's connection (opened if it has none) and reads the answer. */
    public Response send(Request request) throws IOException {
        long deadline = System.nanoTime() + timeoutNanos;
        Connection connection = connections.get();
        boolean reused = connection != null;
        if (connection == null) {
            connection = connect();
        }
        try {
            return exchange(connection, request, deadline);
        } catch (HttpTimeoutException timedOut) {
            throw timedOut;
        } catch (IOException broken) {
            if (!reused || connection.answerStarted) {
                throw broken;
            }
            return exchange(connect(), request, deadline);
        }
    }

    private Response exchange(Connection connection, Request request, long deadline) throws IOException {
        try {
            Response response = connection.exchange(request, deadline);
            if (!connection.reusable) {
                drop(connection);
            }
            return response;
        } catch (IOException | RuntimeException failed) {
            drop(connection);
            throw failed;
        }
    }

    private Connection connect() throws IOException {
        if (closed) {
            throw new IOException("the client is closed");
        }
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(address, connectTimeoutMillis);
        } catch (SocketTimeoutException slow) {
            socket.close();
            throw new HttpConnectTimeoutException("connect timed out: " + address);
        } catch (IOException | RuntimeException failed) {
            socket.close();
            throw failed;
        }
        Connection connection = new Connection(socket);
        open.add(connection);
        connections.set(connection);
        if (closed) {
            drop(connection);
            throw new IOException("the client is closed");
        }
        return connection;
    }

    private void drop(Connection connection) {
        if (connections.get() == connection) {
            connections.remove();
        }
        open.remove(connection);
        connection.close();
    }

    /** Connections open now (for tests and for the end of a run). */
    int openConnections() {
        return open.size();
    }

    /** Closes every connection; a request after this fails. */
    @Override
    public void close() {
        closed = true;
        for (Connection connection : open) {
            open.remove(connection);
            connection.close();
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** A request line and headers, encoded. */
    public static final class Request {

        private final byte[] bytes;

        Request(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public String toString() {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /** An answer: its status and its body (decoded as UTF-8 by {@link #text()}). */
    public record Response(int status, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** One socket, its read buffer and where the answer being read stands. */
    private static final class Connection {

        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private final byte[] buffer = new byte[BUFFER];
        private int position;
        private int limit;
        private int lineStart;
        /** Whether a byte of the current answer has arrived: a break before that on a reused connection is retried. */
        boolean answerStarted;
        /** Whether the next request may use this connection. */
        boolean reusable;
        private boolean http10;
        private long contentLength;
        private boolean chunked;
        private boolean closeAfter;
        private boolean keepAlive;

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.out = socket.getOutputStream();
        }

        Response exchange(Request request, long deadline) throws IOException {
            answerStarted = false;
            reusable = false;
            out.write(request.bytes);
            out.flush();
            int status;
            do {
                status = readHead(deadline);
            } while (status >= 100 && status < 200 && status != 101);
            byte[] body;
            boolean endedWithStream = false;
            if (status == 204 || status == 304 || status == 101) {
                body = new byte[0];
            } else if (chunked) {
                body = readChunked(deadline);
            } else if (contentLength >= 0) {
                if (contentLength > MAX_BODY) {
                    throw new IOException("an answer of " + contentLength + " bytes is larger than " + MAX_BODY);
                }
                body = new byte[(int) contentLength];
                readFully(body, 0, body.length, deadline);
            } else {
                body = readToEnd(deadline);
                endedWithStream = true;
            }
            reusable = status != 101 && !endedWithStream && !closeAfter && (!http10 || keepAlive);
            return new Response(status, body);
        }

        /** Reads a status line and its headers; returns the status. */
        private int readHead(long deadline) throws IOException {
            contentLength = -1;
            chunked = false;
            closeAfter = false;
            keepAlive = false;
            int length = nextLine(deadline);
            int s = lineStart;
            if (length < 12 || !startsWith(s, "HTTP/1.") || buffer[s + 8] != ' ' || !digits(s + 9, 3)) {
                throw new IOException("not an HTTP/1.x status line: "
                        + new String(buffer, s, Math.min(length, 80), StandardCharsets.ISO_8859_1));
            }
            http10 = buffer[s + 7] == '0';
            int status = (buffer[s + 9] - '0') * 100 + (buffer[s + 10] - '0') * 10 + (buffer[s + 11] - '0');
            while ((length = nextLine(deadline)) > 0) {
                header(lineStart, lineStart + length);
            }
            return status;
        }

        private void header(int start, int end) throws IOException {
            int colon = start;
            while (colon < end && buffer[colon] != ':') {
                colon++;
            }
            if (colon == end) {
                throw new IOException("a header line without a colon");
            }
            int from = colon + 1;
            while (from < end && (buffer[from] == ' ' || buffer[from] == '\t')) {
                from++;
            }
            int to = end;
            while (to > from && (buffer[to - 1] == ' ' || buffer[to - 1] == '\t')) {
                to--;
            }
            if (nameIs(start, colon, CONTENT_LENGTH)) {
                if (to == from || !digits(from, to - from) || to - from > 18) {
                    throw new IOException("a Content-Length that is not a number");
                }
                long value = 0;
                for (int i = from; i < to; i++) {
                    value = value * 10 + (buffer[i] - '0');
                }
                if (contentLength >= 0 && contentLength != value) {
                    throw new IOException("two different Content-Length headers");
                }
                contentLength = value;
            } else if (nameIs(start, colon, TRANSFER_ENCODING)) {
                String codings = lower(from, to);
                String last = codings.substring(codings.lastIndexOf(',') + 1).trim();
                if (!last.equals("chunked")) {
                    throw new IOException("a transfer coding other than chunked: " + codings);
                }
                chunked = true;
            } else if (nameIs(start, colon, CONNECTION)) {
                for (String option : lower(from, to).split(",")) {
                    closeAfter |= option.trim().equals("close");
                    keepAlive |= option.trim().equals("keep-alive");
                }
            }
        }

        private byte[] readChunked(long deadline) throws IOException {
            byte[] body = new byte[256];
            int size = 0;
            while (true) {
                int length = nextLine(deadline);
                int end = lineStart + length;
                int i = lineStart;
                long chunk = 0;
                int hexDigits = 0;
                for (; i < end && hex(buffer[i]) >= 0; i++, hexDigits++) {
                    chunk = chunk * 16 + hex(buffer[i]);
                    if (chunk > MAX_BODY) {
                        throw new IOException("a chunk larger than " + MAX_BODY);
                    }
                }
                if (hexDigits == 0 || (i < end && buffer[i] != ';' && buffer[i] != ' ' && buffer[i] != '\t')) {
                    throw new IOException("a malformed chunk size line");
                }
                if (chunk == 0) {
                    int trailer;
                    do {
                        trailer = nextLine(deadline);
                    } while (trailer > 0);
                    return Arrays.copyOf(body, size);
                }
                if (size + chunk > MAX_BODY) {
                    throw new IOException("a chunked answer larger than " + MAX_BODY);
                }
                if (size + chunk > body.length) {
                    body = Arrays.copyOf(body, (int) Math.max(size + chunk, body.length * 2L));
                }
                readFully(body, size, (int) chunk, deadline);
                size += (int) chunk;
                if (nextLine(deadline) != 0) {
                    throw new IOException("a chunk not followed by its line end");
                }
            }
        }

        private byte[] readToEnd(long deadline) throws IOException {
            byte[] body = new byte[256];
            int size = 0;
            while (true) {
                if (position == limit && !fill(deadline)) {
                    return Arrays.copyOf(body, size);
                }
                int available = limit - position;
                if (size + available > MAX_BODY) {
                    throw new IOException("an answer larger than " + MAX_BODY);
                }
                if (size + available > body.length) {
                    body = Arrays.copyOf(body, Math.max(size + available, body.length * 2));
                }
                System.arraycopy(buffer, position, body, size, available);
                size += available;
                position = limit;
            }
        }

        private void readFully(byte[] target, int offset, int length, long deadline) throws IOException {
            int done = 0;
            while (done < length) {
                if (position == limit && !fill(deadline)) {
                    throw new EOFException("the connection ended " + (length - done) + " bytes before the answer");
                }
                int take = Math.min(length - done, limit - position);
                System.arraycopy(buffer, position, target, offset + done, take);
                position += take;
                done += take;
            }
        }

        /** Makes the next line whole in the buffer; returns its length without the line end, its start in lineStart. */
        private int nextLine(long deadline) throws IOException {
            int scanned = 0;
            while (true) {
                for (int i = position + scanned; i < limit; i++) {
                    if (buffer[i] == '\n') {
                        lineStart = position;
                        int end = i > position && buffer[i - 1] == '\r' ? i - 1 : i;
                        position = i + 1;
                        return end - lineStart;
                    }
                }
                scanned = limit - position;
                if (!fill(deadline)) {
                    throw new EOFException(answerStarted ? "the connection ended inside an answer's head"
                            : "the connection ended before an answer");
                }
            }
        }

        /** Reads more into the buffer (moving what is unread to its start); false at the end of the stream. */
        private boolean fill(long deadline) throws IOException {
            if (position > 0) {
                System.arraycopy(buffer, position, buffer, 0, limit - position);
                limit -= position;
                position = 0;
            }
            if (limit == buffer.length) {
                throw new IOException("an answer's line is longer than " + buffer.length + " bytes");
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw new HttpTimeoutException("request timed out");
            }
            socket.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, remaining / 1_000_000)));
            int read;
            try {
                read = in.read(buffer, limit, buffer.length - limit);
            } catch (SocketTimeoutException slow) {
                throw new HttpTimeoutException("request timed out");
            }
            if (read <= 0) {
                return false;
            }
            answerStarted = true;
            limit += read;
            return true;
        }

        private boolean startsWith(int at, String prefix) {
            for (int i = 0; i < prefix.length(); i++) {
                if (buffer[at + i] != prefix.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        private boolean digits(int at, int count) {
            for (int i = at; i < at + count; i++) {
                if (buffer[i] < '0' || buffer[i] > '9') {
                    return false;
                }
            }
            return true;
        }

        private boolean nameIs(int start, int end, byte[] lowerCaseName) {
            if (end - start != lowerCaseName.length) {
                return false;
            }
            for (int i = 0; i < lowerCaseName.length; i++) {
                byte b = buffer[start + i];
                if ((b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b) != lowerCaseName[i]) {
                    return false;
                }
            }
            return true;
        }

        private String lower(int from, int to) {
            return new String(buffer, from, to - from, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        }

        private static int hex(byte b) {
            if (b >= '0' && b <= '9') {
                return b - '0';
            }
            if (b >= 'a' && b <= 'f') {
                return b - 'a' + 10;
            }
            if (b >= 'A' && b <= 'F') {
                return b - 'A' + 10;
            }
            return -1;
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a connection that already broke: nothing left to release
            }
        }
    }
}
