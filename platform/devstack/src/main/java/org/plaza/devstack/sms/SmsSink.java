package org.plaza.devstack.sms;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.plaza.devstack.mail.Html;
import org.plaza.sms.wire.TwilioSignature;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for Twilio's Programmable Messaging API, on 127.0.0.1 by default (JDK HTTP server):
 * <ul>
 * <li>{@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json} with HTTP Basic (the account and its token) and
 * the form {@code To}, {@code From} or {@code MessagingServiceSid}, {@code Body}, {@code StatusCallback}: keeps the
 * text and answers 201 with a Twilio-shaped message ({@code sid SM…}, {@code status queued}); then calls the
 * {@code StatusCallback} with {@code sent} and {@code delivered}, signed as Twilio signs ({@code X-Twilio-Signature}).
 * A number ending in {@code 0000} is reported {@code undelivered} (error 30003), to try failures; one ending in
 * {@code 9999} is delivered but never reported, as by a carrier that sends no delivery reports; a {@code To} that is
 * not E.164 gets Twilio's error 21211.</li>
 * <li>{@code GET /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json} with the same authentication: the message as
 * Twilio answers it, with its latest {@code status}; Twilio's error 20404 (404) for a message it does not know.</li>
 * <li>{@code GET /}: the viewer, every text newest first, with a form to reply as a resident; {@code POST /reply}
 * sends that reply.</li>
 * <li>{@code GET /api/messages[?number=+1…]}: the texts as JSON; {@code POST /api/inbound} ({@code From}, {@code Body})
 * sends a resident's text to the incoming webhook, signed, and answers with the service's reply.</li>
 * </ul>
 * A resident's text is posted to the incoming webhook as Twilio does; the TwiML {@code <Message>} of the answer is
 * kept as a text back to that resident. Texts are kept in memory (the newest {@value #KEPT}).
 */
public final class SmsSink {

    static final int KEPT = 2000;
    private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{6,14}$");
    private static final Pattern TWIML_MESSAGE = Pattern.compile("<Message[^>]*>(.*?)</Message>", Pattern.DOTALL);
    private static final String PAGE_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'";
    private static final DateTimeFormatter SHOWN_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneId.systemDefault());

    /**
     * One text, either way.
     *
     * @param sid its id ({@code SM…})
     * @param direction {@code outbound-api} (sent by Plaza), {@code outbound-reply} (Plaza's answer to a resident's
     *        text) or {@code inbound} (a resident's text)
     * @param status the latest status: queued, sent, delivered, undelivered; received for a resident's text
     */
    public record Text(String sid, String direction, String from, String to, String body, String status,
            Instant createdAt) {

        Text withStatus(String newStatus) {
            return new Text(sid, direction, from, to, body, newStatus, createdAt);
        }
    }

    private final String accountSid;
    private final String authToken;
    private final TwilioSignature signature;
    private final String inboundUrl;
    private final String defaultServiceNumber;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Text> texts = Collections.synchronizedList(new ArrayList<>());
    private final Clock clock = Clock.systemUTC();

    private SmsSink(InetAddress host, int port, String accountSid, String authToken, String inboundUrl,
            String serviceNumber) throws IOException {
        this.accountSid = accountSid;
        this.authToken = authToken;
        this.signature = new TwilioSignature(authToken);
        this.inboundUrl = inboundUrl;
        this.defaultServiceNumber = serviceNumber;
        this.server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
    }

    /**
     * Starts a sink on {@code port} (0: any free port) for the account {@code accountSid} with {@code authToken};
     * residents' texts go to {@code inboundUrl}, as if sent to {@code serviceNumber}.
     */
    public static SmsSink start(int port, String accountSid, String authToken, String inboundUrl, String serviceNumber)
            throws IOException {
        return start("127.0.0.1", port, accountSid, authToken, inboundUrl, serviceNumber);
    }

    /** Starts a sink as {@link #start(int, String, String, String, String)} does, on the address {@code host}. */
    public static SmsSink start(String host, int port, String accountSid, String authToken, String inboundUrl,
            String serviceNumber) throws IOException {
        SmsSink sink = new SmsSink(InetAddress.getByName(host), port, accountSid, authToken, inboundUrl,
                serviceNumber);
        sink.server.start();
        return sink;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The API's base URL, what the notifications service calls {@code plaza.notifications.sms.twilio.base-url}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** Every text, oldest first. */
    public List<Text> texts() {
        synchronized (texts) {
            return List.copyOf(texts);
        }
    }

    /** The texts to or from {@code number}, oldest first. */
    public List<Text> conversationWith(String number) {
        return texts().stream().filter(text -> number.equals(text.to()) || number.equals(text.from())).toList();
    }

    /**
     * A resident texts {@code body} from {@code from}: posted, signed, to the incoming webhook; returns the service's
     * reply (also kept as a text back), if it sent one.
     */
    public Optional<String> reply(String from, String body) throws IOException, InterruptedException {
        String serviceNumber = texts().stream().filter(text -> from.equals(text.to())).reduce((a, b) -> b)
                .map(Text::from).orElse(defaultServiceNumber);
        String sid = newSid();
        add(new Text(sid, "inbound", from, serviceNumber, body, "received", clock.instant()));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("AccountSid", accountSid);
        form.put("ApiVersion", "2010-04-01");
        form.put("Body", body);
        form.put("From", from);
        form.put("MessageSid", sid);
        form.put("NumMedia", "0");
        form.put("SmsMessageSid", sid);
        form.put("SmsSid", sid);
        form.put("SmsStatus", "received");
        form.put("To", serviceNumber);
        HttpResponse<String> answer = post(inboundUrl, form);
        if (answer.statusCode() / 100 != 2) {
            throw new IOException("The incoming webhook answered " + answer.statusCode());
        }
        Matcher message = TWIML_MESSAGE.matcher(answer.body());
        if (!message.find()) {
            return Optional.empty();
        }
        String reply = unescapeXml(message.group(1));
        add(new Text(newSid(), "outbound-reply", serviceNumber, from, reply, "delivered", clock.instant()));
        return Optional.of(reply);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            route(exchange);
        } catch (RuntimeException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            send(exchange, 500, "text/plain", "The SMS sink could not do this: " + e);
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange) throws IOException, InterruptedException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        if (method.equals("POST") && path.matches("/2010-04-01/Accounts/[^/]+/Messages\\.json")) {
            create(exchange, path.split("/")[3]);
        } else if (method.equals("GET") && path.matches("/2010-04-01/Accounts/[^/]+/Messages/[^/]+\\.json")) {
            String[] parts = path.split("/");
            fetch(exchange, parts[3], parts[5].substring(0, parts[5].length() - ".json".length()));
        } else if (method.equals("GET") && path.equals("/")) {
            String number = query(exchange).getOrDefault("number", "");
            send(exchange, 200, "text/html", page(number.isBlank() ? texts() : conversationWith(number), number));
        } else if (method.equals("GET") && path.equals("/api/messages")) {
            String number = query(exchange).getOrDefault("number", "");
            send(exchange, 200, "application/json", listJson(number.isBlank() ? texts() : conversationWith(number)));
        } else if (method.equals("POST") && path.equals("/reply")) {
            Map<String, String> form = form(exchange);
            reply(form.getOrDefault("From", "").strip(), form.getOrDefault("Body", ""));
            exchange.getResponseHeaders().set("Location", "/?number="
                    + URLEncoder.encode(form.getOrDefault("From", "").strip(), StandardCharsets.UTF_8));
            send(exchange, 303, "text/plain", "Sent.");
        } else if (method.equals("POST") && path.equals("/api/inbound")) {
            Map<String, String> form = form(exchange);
            Optional<String> reply = reply(form.getOrDefault("From", ""), form.getOrDefault("Body", ""));
            send(exchange, 200, "application/json", "{\"reply\":" + reply.map(Html::json).orElse("null") + "}");
        } else {
            send(exchange, 404, "text/plain", "Nothing here.");
        }
    }

    /** The Messages API: what Twilio answers, and then the signed status callbacks. */
    private void create(HttpExchange exchange, String account) throws IOException {
        if (!account.equals(accountSid) || !authorized(exchange)) {
            send(exchange, 401, "application/json", error(20003, "Authentication Error - invalid username", 401));
            return;
        }
        Map<String, String> form = form(exchange);
        String to = form.getOrDefault("To", "");
        if (!E164.matcher(to).matches()) {
            send(exchange, 400, "application/json",
                    error(21211, "The 'To' number " + to + " is not a valid phone number.", 400));
            return;
        }
        String body = form.getOrDefault("Body", "");
        String from = form.getOrDefault("From", form.getOrDefault("MessagingServiceSid", defaultServiceNumber));
        Text text = new Text(newSid(), "outbound-api", from, to, body, "queued", clock.instant());
        add(text);
        send(exchange, 201, "application/json", messageJson(text));
        String callback = form.get("StatusCallback");
        if (callback != null && !callback.isBlank()) {
            executor.execute(() -> report(text, callback));
        }
    }

    /** The Messages API's fetch: the message with its latest status, as a provider's status lookup reads it. */
    private void fetch(HttpExchange exchange, String account, String sid) throws IOException {
        if (!account.equals(accountSid) || !authorized(exchange)) {
            send(exchange, 401, "application/json", error(20003, "Authentication Error - invalid username", 401));
            return;
        }
        Optional<Text> text = texts().stream().filter(t -> t.sid().equals(sid) && t.direction().equals("outbound-api"))
                .findFirst();
        if (text.isEmpty()) {
            send(exchange, 404, "application/json", error(20404, "The requested resource /2010-04-01/Accounts/"
                    + account + "/Messages/" + sid + ".json was not found", 404));
            return;
        }
        send(exchange, 200, "application/json", messageJson(text.get()));
    }

    private void report(Text text, String callback) {
        if (text.to().endsWith("9999")) {
            update(text.sid(), "sent");
            update(text.sid(), "delivered");
            return;
        }
        List<String> statuses = text.to().endsWith("0000") ? List.of("sent", "undelivered") : List.of("sent", "delivered");
        for (String status : statuses) {
            update(text.sid(), status);
            Map<String, String> form = new LinkedHashMap<>();
            form.put("AccountSid", accountSid);
            form.put("ApiVersion", "2010-04-01");
            form.put("From", text.from());
            form.put("MessageSid", text.sid());
            form.put("MessageStatus", status);
            form.put("SmsSid", text.sid());
            form.put("SmsStatus", status);
            form.put("To", text.to());
            if (status.equals("undelivered")) {
                form.put("ErrorCode", "30003");
            }
            try {
                post(callback, form);
            } catch (IOException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private HttpResponse<String> post(String url, Map<String, String> form) throws IOException, InterruptedException {
        Map<String, List<String>> signed = new LinkedHashMap<>();
        form.forEach((name, value) -> signed.put(name, List.of(value)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("X-Twilio-Signature", signature.sign(url, signed))
                .header("User-Agent", "TwilioProxy/1.1 (Plaza SMS sink)")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private boolean authorized(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        String expected = "Basic " + Base64.getEncoder()
                .encodeToString((accountSid + ":" + authToken).getBytes(StandardCharsets.UTF_8));
        return expected.equals(header);
    }

    private void add(Text text) {
        synchronized (texts) {
            texts.add(text);
            if (texts.size() > KEPT) {
                texts.remove(0);
            }
        }
    }

    private void update(String sid, String status) {
        synchronized (texts) {
            texts.replaceAll(text -> text.sid().equals(sid) ? text.withStatus(status) : text);
        }
    }

    private String messageJson(Text text) {
        String created = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(text.createdAt(),
                ZoneId.of("UTC")));
        return "{\"account_sid\":" + Html.json(accountSid) + ",\"api_version\":\"2010-04-01\",\"body\":" + Html.json(text.body())
                + ",\"date_created\":" + Html.json(created) + ",\"date_sent\":null,\"date_updated\":" + Html.json(created)
                + ",\"direction\":" + Html.json(text.direction()) + ",\"error_code\":"
                + (text.status().equals("undelivered") ? "30003" : "null") + ",\"error_message\":null,\"from\":"
                + Html.json(text.from()) + ",\"messaging_service_sid\":null,\"num_media\":\"0\",\"price\":null,\"price_unit\":\"USD\",\"sid\":"
                + Html.json(text.sid()) + ",\"status\":" + Html.json(text.status()) + ",\"to\":" + Html.json(text.to()) + ",\"uri\":"
                + Html.json("/2010-04-01/Accounts/" + accountSid + "/Messages/" + text.sid() + ".json") + "}";
    }

    private static String error(int code, String message, int status) {
        return "{\"code\":" + code + ",\"message\":" + Html.json(message) + ",\"more_info\":"
                + Html.json("https://www.twilio.com/docs/errors/" + code) + ",\"status\":" + status + "}";
    }

    private static String listJson(List<Text> texts) {
        return texts.stream().map(text -> "{\"sid\":" + Html.json(text.sid()) + ",\"direction\":" + Html.json(text.direction())
                + ",\"from\":" + Html.json(text.from()) + ",\"to\":" + Html.json(text.to()) + ",\"body\":" + Html.json(text.body())
                + ",\"status\":" + Html.json(text.status()) + ",\"createdAt\":" + Html.json(text.createdAt().toString())
                + "}")
                .collect(Collectors.joining(",\n", "[", "]\n"));
    }

    private String page(List<Text> shown, String number) {
        List<Text> newestFirst = new ArrayList<>(shown);
        Collections.reverse(newestFirst);
        StringBuilder rows = new StringBuilder();
        for (Text text : newestFirst) {
            boolean fromResident = text.direction().equals("inbound");
            String resident = fromResident ? text.from() : text.to();
            rows.append("<li class=\"text ").append(fromResident ? "in" : "out").append("\"><p class=\"meta\">")
                    .append(fromResident ? "&larr; " : "&rarr; ").append("<a href=\"/?number=")
                    .append(Html.escape(URLEncoder.encode(resident, StandardCharsets.UTF_8))).append("\">")
                    .append(Html.escape(resident)).append("</a> &middot; <time datetime=\"").append(text.createdAt())
                    .append("\">").append(SHOWN_TIME.format(text.createdAt())).append("</time> &middot; ")
                    .append(Html.escape(text.status())).append(" &middot; ")
                    .append(text.body().codePointCount(0, text.body().length())).append(" car./chars")
                    .append("</p><p class=\"body\">")
                    .append(Html.escape(text.body())).append("</p></li>\n");
        }
        String list = shown.isEmpty()
                ? "<p id=\"empty\">Sin mensajes todavía / No texts yet.</p>"
                : "<ol id=\"texts\">" + rows + "</ol>";
        String title = number.isBlank() ? "Mensajes de texto / Text messages" : Html.escape(number);
        return "<!doctype html>\n<html lang=\"es\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Plaza SMS (" + shown.size() + ")</title><style>"
                + "body{font-family:system-ui,sans-serif;margin:1rem auto;max-width:40rem;padding:0 1rem;color:#222}"
                + "ol{list-style:none;padding:0}.text{border-radius:.8rem;padding:.2rem .8rem;margin:.6rem 0}"
                + ".out{background:#eef3ff;margin-right:2rem}.in{background:#e9f8ec;margin-left:2rem}"
                + ".meta{color:#555;font-size:.85rem;margin:.3rem 0}.body{white-space:pre-wrap;overflow-wrap:anywhere}"
                + "label{display:block;margin:.4rem 0 .1rem}input,textarea{width:100%;font:inherit;padding:.4rem;box-sizing:border-box}"
                + "button{margin-top:.5rem;padding:.5rem 1rem;font:inherit}"
                + "</style></head><body><h1>" + title + "</h1><p class=\"meta\">Plaza SMS sink &middot; "
                + shown.size() + " mensaje(s) / text(s), newest first &middot; <a href=\"/\">Todos / All</a> &middot; "
                + "<a href=\"" + (number.isBlank() ? "/" : "/?number=" + Html.escape(URLEncoder.encode(number,
                        StandardCharsets.UTF_8))) + "\">Actualizar / Refresh</a></p>"
                + "<form method=\"post\" action=\"/reply\"><h2>Responder como residente / Reply as a resident</h2>"
                + "<label for=\"from\">Desde el número / From number</label><input id=\"from\" name=\"From\" "
                + "inputmode=\"tel\" required value=\"" + Html.escape(number) + "\" placeholder=\"+17605551234\">"
                + "<label for=\"body\">Mensaje / Message (ALTO, AYUDA, ALTA, STOP, HELP, START)</label>"
                + "<textarea id=\"body\" name=\"Body\" rows=\"2\" required></textarea>"
                + "<button type=\"submit\">Enviar / Send</button></form>" + list + "</body></html>\n";
    }

    private static Map<String, String> form(HttpExchange exchange) throws IOException {
        return parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static Map<String, String> query(HttpExchange exchange) {
        String query = exchange.getRequestURI().getRawQuery();
        return query == null ? Map.of() : parse(query);
    }

    static Map<String, String> parse(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            values.putIfAbsent(name, equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1),
                    StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String newSid() {
        return "SM" + UUID.randomUUID().toString().replace("-", "");
    }

    private static String unescapeXml(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&apos;", "'").replace("&amp;", "&");
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type + "; charset=utf-8");
        headers.set("Content-Security-Policy", PAGE_POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
