package org.plaza.devstack.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The mail viewer on 127.0.0.1 (JDK HTTP server): {@code /} lists messages newest first,
 * {@code /messages/<id>} shows one (plain text escaped, the HTML part in a sandboxed frame served
 * with a CSP sandbox), {@code /messages/<id>.eml} is the raw file and {@code /api/messages} the list as JSON.
 * Mail may contain anything: every value is escaped and no page runs scripts.
 */
final class MailViewer {

    /** Answers without reading the messages: the launcher's readiness probe (the list reads every message). */
    static final String HEALTH_PATH = "/health";

    private static final int LIST_LIMIT = 500;
    private static final String PAGE_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; frame-src 'self'; frame-ancestors 'self'; form-action 'none'";
    private static final String MAIL_HTML_POLICY =
            "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'";
    private static final DateTimeFormatter SHOWN_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneId.systemDefault());

    private final MailFolder folder;
    private final String smtpAddress;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);

    private MailViewer(MailFolder folder, String smtpAddress, int port) throws IOException {
        this.folder = folder;
        this.smtpAddress = smtpAddress;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
    }

    static MailViewer start(MailFolder folder, String smtpAddress, int port) throws IOException {
        MailViewer viewer = new MailViewer(folder, smtpAddress, port);
        viewer.server.start();
        return viewer;
    }

    int port() {
        return server.getAddress().getPort();
    }

    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            route(exchange);
        } catch (RuntimeException e) {
            send(exchange, 500, "text/plain", "Cannot show this: " + e.getMessage(), PAGE_POLICY);
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("GET")) {
            send(exchange, 405, "text/plain", "Only GET is supported.", PAGE_POLICY);
            return;
        }
        String path = exchange.getRequestURI().getPath();
        if (path.equals(HEALTH_PATH)) {
            send(exchange, 200, "text/plain", "UP", PAGE_POLICY);
        } else if (path.equals("/")) {
            send(exchange, 200, "text/html", listPage(folder.newestFirst(LIST_LIMIT)), PAGE_POLICY);
        } else if (path.equals("/api/messages")) {
            send(exchange, 200, "application/json", listJson(folder.newestFirst(LIST_LIMIT)), PAGE_POLICY);
        } else if (path.startsWith("/messages/") && path.endsWith(".eml")) {
            raw(exchange, folder.file(path.substring(10, path.length() - 4)));
        } else if (path.startsWith("/messages/") && path.endsWith("/html")) {
            Optional<MailFolder.Message> message = folder.read(path.substring(10, path.length() - 5));
            if (message.isPresent() && message.get().html() != null) {
                send(exchange, 200, "text/html", message.get().html(), MAIL_HTML_POLICY);
            } else {
                notFound(exchange);
            }
        } else if (path.startsWith("/messages/")) {
            Optional<MailFolder.Message> message = folder.read(path.substring(10));
            if (message.isPresent()) {
                send(exchange, 200, "text/html", messagePage(message.get()), PAGE_POLICY);
            } else {
                notFound(exchange);
            }
        } else {
            notFound(exchange);
        }
    }

    private String listPage(List<MailFolder.Summary> messages) {
        StringBuilder rows = new StringBuilder();
        for (MailFolder.Summary message : messages) {
            rows.append("<tr class=\"message\"><td><time datetime=\"").append(message.receivedAt()).append("\">")
                    .append(SHOWN_TIME.format(message.receivedAt())).append("</time></td><td>")
                    .append(Html.escape(message.to())).append("</td><td><a href=\"/messages/").append(message.id())
                    .append("\">").append(Html.escape(subjectOf(message))).append("</a></td></tr>\n");
        }
        String body = messages.isEmpty()
                ? "<p id=\"empty\">No mail yet. Anything sent to SMTP " + Html.escape(smtpAddress) + " shows up here.</p>"
                : "<table id=\"messages\"><thead><tr><th>Received</th><th>To</th><th>Subject</th></tr></thead><tbody>\n"
                        + rows + "</tbody></table>";
        return page("Plaza mail (" + messages.size() + ")",
                "<h1>Plaza mail</h1><p class=\"meta\">SMTP " + Html.escape(smtpAddress) + " &middot; "
                        + messages.size() + " message(s), newest first &middot; files in <code>"
                        + Html.escape(folder.directory().toString()) + "</code> &middot; <a href=\"/\">Refresh</a></p>"
                        + body);
    }

    private String messagePage(MailFolder.Message message) {
        MailFolder.Summary summary = message.summary();
        StringBuilder body = new StringBuilder()
                .append("<p><a href=\"/\">&larr; All mail</a> &middot; <a href=\"/messages/").append(summary.id())
                .append(".eml\">Download .eml</a></p><h1 id=\"subject\">").append(Html.escape(subjectOf(summary)))
                .append("</h1><dl>")
                .append(field("From", summary.from())).append(field("To", summary.to()))
                .append(field("Cc", message.cc())).append(field("Envelope to", message.envelopeTo()))
                .append(field("Date", message.date()))
                .append(field("Received", SHOWN_TIME.format(summary.receivedAt()))).append("</dl>");
        if (message.text() != null) {
            body.append("<h2>Plain text</h2><pre id=\"text\">").append(Html.escape(message.text())).append("</pre>");
        }
        if (message.html() != null) {
            body.append("<h2>HTML</h2><iframe id=\"html\" sandbox src=\"/messages/").append(summary.id())
                    .append("/html\" title=\"HTML part of the message\"></iframe>");
        }
        if (!message.attachments().isEmpty()) {
            body.append("<h2>Other parts</h2><ul>").append(message.attachments().stream()
                    .map(name -> "<li>" + Html.escape(name) + "</li>").collect(Collectors.joining())).append("</ul>");
        }
        return page(subjectOf(summary) + " - Plaza mail", body.toString());
    }

    private static String field(String label, String value) {
        return value.isEmpty() ? "" : "<dt>" + label + "</dt><dd>" + Html.escape(value) + "</dd>";
    }

    private static String subjectOf(MailFolder.Summary summary) {
        return summary.subject().isEmpty() ? "(no subject)" : summary.subject();
    }

    private static String listJson(List<MailFolder.Summary> messages) {
        return messages.stream()
                .map(m -> "{\"id\":" + Html.json(m.id()) + ",\"receivedAt\":" + Html.json(m.receivedAt().toString())
                        + ",\"from\":" + Html.json(m.from()) + ",\"to\":" + Html.json(m.to())
                        + ",\"subject\":" + Html.json(m.subject()) + "}")
                .collect(Collectors.joining(",\n", "[", "]\n"));
    }

    private static String page(String title, String body) {
        return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Html.escape(title) + "</title><style>"
                + "body{font-family:system-ui,sans-serif;margin:1rem auto;max-width:70rem;padding:0 1rem;color:#222}"
                + "table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem;border-bottom:1px solid #ddd;vertical-align:top}"
                + ".meta{color:#555}pre{white-space:pre-wrap;background:#f6f6f6;padding:1rem;overflow-wrap:anywhere}"
                + "iframe{width:100%;height:32rem;border:1px solid #ccc}dt{font-weight:bold}dd{margin:0 0 .4rem 0}"
                + "</style></head><body>" + body + "</body></html>\n";
    }

    private static void raw(HttpExchange exchange, Optional<Path> file) throws IOException {
        if (file.isEmpty()) {
            notFound(exchange);
            return;
        }
        exchange.getResponseHeaders().set("Content-Disposition",
                "attachment; filename=\"" + file.get().getFileName() + "\"");
        send(exchange, 200, "message/rfc822", Files.readAllBytes(file.get()), PAGE_POLICY);
    }

    private static void notFound(HttpExchange exchange) throws IOException {
        send(exchange, 404, "text/plain", "No such message or page.", PAGE_POLICY);
    }

    private static void send(HttpExchange exchange, int status, String type, String body, String policy) throws IOException {
        send(exchange, status, type + "; charset=utf-8", body.getBytes(StandardCharsets.UTF_8), policy);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, String policy) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        headers.set("Content-Security-Policy", policy);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
