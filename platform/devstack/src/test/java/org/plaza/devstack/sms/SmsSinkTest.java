package org.plaza.devstack.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plaza.sms.wire.TwilioSignature;

/**
 * The sink as the notifications service and a tester see it: Twilio's Messages API, signed status callbacks, a
 * resident's reply signed to the incoming webhook (here a small server standing in for notifications), the viewer.
 */
class SmsSinkTest {

    private static final String ACCOUNT = "ACtest";
    private static final String TOKEN = "token-1";

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Map<String, String>> callbacks = new CopyOnWriteArrayList<>();
    private final List<Boolean> signaturesValid = new CopyOnWriteArrayList<>();
    private HttpServer service;
    private SmsSink sink;

    @BeforeEach
    void start() throws Exception {
        service = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        service.createContext("/", exchange -> {
            Map<String, String> form = SmsSink.parse(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8));
            String url = "http://127.0.0.1:" + service.getAddress().getPort() + exchange.getRequestURI();
            Map<String, List<String>> signed = new LinkedHashMap<>();
            form.forEach((name, value) -> signed.put(name, List.of(value)));
            signaturesValid.add(new TwilioSignature(TOKEN).verify(url, signed,
                    exchange.getRequestHeaders().getFirst("X-Twilio-Signature")));
            callbacks.add(form);
            byte[] twiml = (exchange.getRequestURI().getPath().endsWith("/inbound") && form.get("Body").equals("AYUDA")
                    ? "<Response><Message>Plaza: ayuda &amp; help &lt;3</Message></Response>" : "<Response/>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, twiml.length);
            exchange.getResponseBody().write(twiml);
            exchange.close();
        });
        service.start();
        sink = SmsSink.start(0, ACCOUNT, TOKEN, "http://127.0.0.1:" + service.getAddress().getPort()
                + "/notifications/sms/inbound", "+17605550100");
    }

    @AfterEach
    void stop() {
        sink.stop();
        service.stop(0);
    }

    @Test
    void takesATextAsTwilioDoesAndReportsItDeliveredWithSignedCallbacks() throws Exception {
        String callback = "http://127.0.0.1:" + service.getAddress().getPort() + "/notifications/sms/status?request=r-1";

        HttpResponse<String> answer = send(ACCOUNT, TOKEN, "To=%2B17605551234&From=%2B17605550100"
                + "&Body=" + enc("Tu código es 123456") + "&StatusCallback=" + enc(callback));

        assertThat(answer.statusCode()).isEqualTo(201);
        assertThat(answer.body()).contains("\"sid\":\"SM").contains("\"status\":\"queued\"")
                .contains("\"to\":\"+17605551234\"").contains("\"direction\":\"outbound-api\"");
        await().atMost(Duration.ofSeconds(10)).until(() -> callbacks.size() == 2);
        assertThat(callbacks).extracting(form -> form.get("MessageStatus")).containsExactly("sent", "delivered");
        assertThat(signaturesValid).containsOnly(true);
        assertThat(sink.conversationWith("+17605551234")).singleElement().satisfies(text -> {
            assertThat(text.body()).isEqualTo("Tu código es 123456");
            assertThat(text.status()).isEqualTo("delivered");
        });
    }

    @Test
    void aNumberEndingInFourZerosIsReportedUndelivered() throws Exception {
        String callback = "http://127.0.0.1:" + service.getAddress().getPort() + "/status";

        send(ACCOUNT, TOKEN, "To=%2B17605550000&From=%2B17605550100&Body=Hola&StatusCallback=" + enc(callback));

        await().atMost(Duration.ofSeconds(10)).until(() -> callbacks.size() == 2);
        assertThat(callbacks.get(1)).containsEntry("MessageStatus", "undelivered").containsEntry("ErrorCode", "30003");
    }

    @Test
    void aTextIsFetchedAsTwilioAnswersWithItsLatestStatusEvenWhenItsCarrierSendsNoReport() throws Exception {
        String callback = "http://127.0.0.1:" + service.getAddress().getPort() + "/status";
        String sid = sid(send(ACCOUNT, TOKEN, "To=%2B17605559999&From=%2B17605550100&Body=Hola&StatusCallback="
                + enc(callback)).body());

        await().atMost(Duration.ofSeconds(10))
                .until(() -> fetch(ACCOUNT, TOKEN, sid).body().contains("\"status\":\"delivered\""));
        HttpResponse<String> fetched = fetch(ACCOUNT, TOKEN, sid);

        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(fetched.body()).contains("\"sid\":\"" + sid + "\"").contains("\"to\":\"+17605559999\"")
                .contains("\"direction\":\"outbound-api\"").contains("\"error_code\":null");
        assertThat(callbacks).as("no report from this carrier").isEmpty();
        assertThat(fetch(ACCOUNT, TOKEN, "SMunknown").statusCode()).isEqualTo(404);
        assertThat(fetch(ACCOUNT, TOKEN, "SMunknown").body()).contains("\"code\":20404");
        assertThat(fetch(ACCOUNT, "wrong", sid).statusCode()).isEqualTo(401);
        assertThat(fetch("ACother", TOKEN, sid).statusCode()).isEqualTo(401);
    }

    @Test
    void anUndeliveredTextIsFetchedWithItsErrorCode() throws Exception {
        String callback = "http://127.0.0.1:" + service.getAddress().getPort() + "/status";
        String sid = sid(send(ACCOUNT, TOKEN, "To=%2B17605550000&Body=Hola&StatusCallback=" + enc(callback)).body());

        await().atMost(Duration.ofSeconds(10)).until(() -> callbacks.size() == 2);

        assertThat(fetch(ACCOUNT, TOKEN, sid).body()).contains("\"status\":\"undelivered\"")
                .contains("\"error_code\":30003");
    }

    @Test
    void refusesAWrongAccountOrTokenAndANumberThatIsNotE164LikeTwilio() throws Exception {
        assertThat(send(ACCOUNT, "wrong", "To=%2B17605551234&Body=x").statusCode()).isEqualTo(401);
        HttpResponse<String> invalid = send(ACCOUNT, TOKEN, "To=7605551234&Body=x");

        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("\"code\":21211");
        assertThat(sink.texts()).isEmpty();
    }

    @Test
    void aResidentsReplyIsPostedSignedAndTheServicesAnswerIsKept() throws Exception {
        assertThat(sink.reply("+17605551234", "AYUDA")).contains("Plaza: ayuda & help <3");
        assertThat(sink.reply("+17605551234", "Gracias")).isEmpty();

        assertThat(signaturesValid).containsOnly(true);
        assertThat(callbacks.get(0)).containsEntry("From", "+17605551234").containsEntry("Body", "AYUDA")
                .containsEntry("To", "+17605550100");
        assertThat(sink.conversationWith("+17605551234")).extracting(SmsSink.Text::direction)
                .containsExactly("inbound", "outbound-reply", "inbound");
    }

    @Test
    void theViewerEscapesWhatATextSaysAndOffersTheReplyForm() throws Exception {
        send(ACCOUNT, TOKEN, "To=%2B17605551234&Body=" + enc("<script>alert(1)</script>"));

        String page = http.send(HttpRequest.newBuilder(URI.create(sink.baseUrl() + "/?number=%2B17605551234")).build(),
                HttpResponse.BodyHandlers.ofString()).body();

        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>")
                .contains("Responder como residente / Reply as a resident").contains("value=\"+17605551234\"");
        String json = http.send(HttpRequest.newBuilder(URI.create(sink.baseUrl() + "/api/messages")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(json).contains("\"to\":\"+17605551234\"").contains("\\u003cscript>");
    }

    private HttpResponse<String> send(String account, String token, String form) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((account + ":" + token).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(sink.baseUrl() + "/2010-04-01/Accounts/" + account
                        + "/Messages.json")).header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> fetch(String account, String token, String sid) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((account + ":" + token).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(sink.baseUrl() + "/2010-04-01/Accounts/" + account
                        + "/Messages/" + sid + ".json")).header("Authorization", "Basic " + credentials).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String sid(String answer) {
        Matcher sid = Pattern.compile("\"sid\":\"(SM[0-9a-f]+)\"").matcher(answer);
        assertThat(sid.find()).as("a sid in " + answer).isTrue();
        return sid.group(1);
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
