package org.plaza.notifications.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.plaza.devstack.sms.SmsSink;
import org.plaza.events.notifications.NotificationDelivered;
import org.plaza.events.notifications.NotificationFailed;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.notifications.RecipientResubscribed;
import org.plaza.events.notifications.RecipientUnsubscribed;
import org.plaza.notifications.NotificationsServiceTest;
import org.plaza.notifications.delivery.DeliveryLog;
import org.plaza.notifications.delivery.NotificationView;
import org.plaza.notifications.delivery.TextReconciler;
import org.plaza.sms.wire.TwilioSignature;
import org.plaza.testsupport.PlazaServiceTest;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Texts end to end: the service on a real port sends through the real Twilio adapter to the local SMS sink over HTTP
 * (loopback), the sink reports delivery with signed callbacks, and residents' replies come back signed to the
 * incoming webhook. Quiet hours are off here (their rule is tested in {@link QuietHoursTest}); the limits are low so
 * a flood is quick to show, and a text without a report is asked about after a second (the sink never reports a
 * number ending in 9999, as a carrier without delivery reports).
 */
@PlazaServiceTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=2525",
        "plaza.notifications.delivery.max-attempts=3",
        "plaza.notifications.delivery.initial-backoff=300ms",
        "plaza.notifications.delivery.poll-interval=200ms",
        "plaza.notifications.branding.organization=Alianza CV",
        "plaza.notifications.sms.quiet-hours.start=00:00",
        "plaza.notifications.sms.quiet-hours.end=00:00",
        "plaza.notifications.sms.limits.per-number=4",
        "plaza.notifications.sms.limits.per-prefix=5",
        "plaza.notifications.sms.reconcile.after=1s",
        "plaza.notifications.sms.reconcile.interval=200ms",
        "plaza.notifications.sms.twilio.account-sid=" + TextMessagesTest.ACCOUNT,
        "plaza.notifications.sms.twilio.auth-token=" + TextMessagesTest.TOKEN,
        "plaza.notifications.sms.twilio.from=+17605550100" })
class TextMessagesTest {

    static final String ACCOUNT = "ACtest0000000000000000000000000000";
    static final String TOKEN = "test-auth-token";
    private static final int PORT = NotificationsServiceTest.freePort();
    private static final String SERVICE = "http://127.0.0.1:" + PORT;
    /** The exchange the prefix flood uses; other tests never draw it. */
    private static final int FLOODED_EXCHANGE = 399;
    private static final SmsSink SINK = startSink();

    @Autowired
    KafkaTestEvents events;

    @Autowired
    DeliveryLog deliveryLog;

    @Autowired
    TextReconciler reconciler;

    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("plaza.notifications.sms.twilio.base-url", SINK::baseUrl);
        registry.add("plaza.notifications.sms.webhook-base-url", () -> SERVICE);
    }

    @AfterAll
    static void stopSink() {
        SINK.stop();
    }

    @Test
    void aCodeGoesByTextThroughTwilioToTheSinkInSpanishAndIsReportedDeliveredWithItsSegments() {
        String number = newNumber();
        String requestId = id("code");
        var position = events.positionOf(NotificationDelivered.class);

        events.publish(code(requestId, number, "sup_" + requestId));

        SmsSink.Text text = awaitTexts(number, 1).get(0);
        assertThat(text.body()).isEqualTo("Alianza CV: tu código para firmar \"Agua limpia para Oasis\" es 482913. "
                + "No lo compartas.");
        assertThat(text.from()).isEqualTo("+17605550100");
        NotificationDelivered delivered = events.awaitEvent(position, NotificationDelivered.class,
                event -> event.requestId().equals(requestId), Duration.ofSeconds(30)).event();
        assertThat(delivered.channel()).isEqualTo("SMS");
        assertThat(delivered.segments()).isEqualTo(2);
        NotificationView view = deliveryLog.find(requestId).orElseThrow();
        assertThat(view.channel()).isEqualTo("SMS");
        assertThat(view.state()).isEqualTo("SENT");
    }

    @Test
    void aTextTheCarrierCannotDeliverEndsInNotificationFailedUndelivered() {
        String number = "+1760" + exchange() + "0000";
        String requestId = id("undelivered");
        var position = events.positionOf(NotificationFailed.class);

        events.publish(code(requestId, number, null));

        NotificationFailed failed = events.awaitEvent(position, NotificationFailed.class,
                event -> event.requestId().equals(requestId), Duration.ofSeconds(30)).event();
        assertThat(failed.reasonCode()).isEqualTo("UNDELIVERED");
        assertThat(failed.channel()).isEqualTo("SMS");
    }

    @Test
    void aTextWhoseCarrierSendsNoReportIsDeliveredFromTheProvidersAnswerOnce() {
        String number = "+1760" + exchange() + "9999";
        String requestId = id("unreported");
        var position = events.positionOf(NotificationDelivered.class);

        events.publish(code(requestId, number, null));

        NotificationDelivered delivered = events.awaitEvent(position, NotificationDelivered.class,
                event -> event.requestId().equals(requestId), Duration.ofSeconds(30)).event();
        assertThat(delivered.channel()).isEqualTo("SMS");
        assertThat(delivered.segments()).isEqualTo(2);
        assertThat(deliveryLog.find(requestId).orElseThrow().textStatus()).isEqualTo("DELIVERED");
        events.assertNoEvent(position, NotificationDelivered.class, event -> event.requestId().equals(requestId)
                && !event.equals(delivered), Duration.ofSeconds(2));
    }

    @Test
    void aStatusCallbackAndTheReconcilerRacingCountTheDeliveryOnce() throws Exception {
        String number = "+1760" + exchange() + "9999";
        String requestId = id("race");
        var position = events.positionOf(NotificationDelivered.class);
        events.publish(code(requestId, number, null));
        awaitState(requestId, "SENT");
        String url = SERVICE + "/notifications/sms/status?request=" + requestId;
        String signature = new TwilioSignature(TOKEN).sign(url, Map.of("MessageStatus", List.of("delivered")));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService racers = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> callbacks = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                callbacks.add(racers.submit(() -> {
                    start.await();
                    return post(url, "MessageStatus=delivered", signature);
                }));
                racers.submit(() -> {
                    start.await();
                    return reconciler.reconcileDue(Instant.now().plus(Duration.ofHours(1)));
                });
            }
            start.countDown();
            for (Future<Integer> callback : callbacks) {
                assertThat(callback.get()).isEqualTo(204);
            }
        } finally {
            racers.shutdown();
        }

        events.awaitEvent(position, NotificationDelivered.class, event -> event.requestId().equals(requestId),
                Duration.ofSeconds(30));
        events.assertNoEvent(position, NotificationDelivered.class, event -> event.requestId().equals(requestId)
                && events.eventsSoFar(NotificationDelivered.class, e -> e.requestId().equals(requestId)).stream()
                        .map(received -> received.id()).distinct().count() > 1, Duration.ofSeconds(3));
        assertThat(events.eventsSoFar(NotificationDelivered.class, e -> e.requestId().equals(requestId)).stream()
                .map(received -> received.id()).distinct()).hasSize(1);
        assertThat(deliveryLog.find(requestId).orElseThrow().textStatus()).isEqualTo("DELIVERED");
    }

    @Test
    void aNumberOfACountryTheAdminDidNotAllowIsRefusedAndNeverTexted() {
        String mexico = "+5255" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        String requestId = id("country");
        var position = events.positionOf(NotificationFailed.class);

        events.publish(code(requestId, mexico, null));

        assertThat(events.awaitEvent(position, NotificationFailed.class, event -> event.requestId().equals(requestId),
                Duration.ofSeconds(30)).event().reasonCode()).isEqualTo("COUNTRY_NOT_ALLOWED");
        assertThat(SINK.conversationWith(mexico)).isEmpty();
    }

    @Test
    void aMalformedNumberIsRejectedAtOnce() {
        String requestId = id("malformed");
        var position = events.positionOf(NotificationFailed.class);

        events.publish(code(requestId, "760-555-1234", null));

        assertThat(events.awaitEvent(position, NotificationFailed.class, event -> event.requestId().equals(requestId),
                Duration.ofSeconds(30)).event().reasonCode()).isEqualTo("RECIPIENT_REJECTED");
    }

    @Test
    void aNumberThatCannotReceiveTextsIsRejectedAndNeverTexted() {
        String tollFree = "+1800555" + String.format("%04d", ThreadLocalRandom.current().nextInt(1000, 9999));
        String requestId = id("toll-free");
        var position = events.positionOf(NotificationFailed.class);

        events.publish(code(requestId, tollFree, null));

        assertThat(events.awaitEvent(position, NotificationFailed.class, event -> event.requestId().equals(requestId),
                Duration.ofSeconds(30)).event().reasonCode()).isEqualTo("RECIPIENT_REJECTED");
        assertThat(SINK.conversationWith(tollFree)).isEmpty();
    }

    @Test
    void aFloodOfCodesToOneNumberIsRefusedAfterTheLimit() {
        String number = newNumber();
        var position = events.positionOf(NotificationFailed.class);

        for (int i = 0; i < 5; i++) {
            events.publish(code(id("flood-" + i), number, null));
        }

        assertThat(events.awaitEvent(position, NotificationFailed.class,
                event -> event.requestId().contains("flood-") && event.reasonCode().equals("RATE_LIMITED"),
                Duration.ofSeconds(30)).event().channel()).isEqualTo("SMS");
        await().atMost(Duration.ofSeconds(30)).until(() -> SINK.conversationWith(number).size() == 4);
    }

    @Test
    void aFloodOfCodesToManyNumbersOfOnePrefixIsRefusedAfterTheLimit() {
        var position = events.positionOf(NotificationFailed.class);

        for (int i = 0; i < 6; i++) {
            events.publish(code(id("prefix-" + i), "+1760" + FLOODED_EXCHANGE + String.format("%04d", 1000 + i), null));
        }

        assertThat(events.awaitEvent(position, NotificationFailed.class,
                event -> event.requestId().contains("prefix-") && event.reasonCode().equals("RATE_LIMITED"),
                Duration.ofSeconds(30))).isNotNull();
    }

    @Test
    void replyingAltoStopsOptionalTextsButNotCodesAndAltaResumesThemAndRestoresTheConsent() throws Exception {
        String number = newNumber();
        String supporterId = "sup_" + id("alto");
        events.publish(code(id("first-code"), number, supporterId));
        awaitTexts(number, 1);
        var unsubscribed = events.positionOf(RecipientUnsubscribed.class);

        assertThat(SINK.reply(number, "Alto")).hasValueSatisfying(reply -> assertThat(reply)
                .contains("Ya no te enviaremos mensajes").contains("ALTA").contains("START"));

        RecipientUnsubscribed event = events.awaitEvent(unsubscribed, RecipientUnsubscribed.class,
                e -> e.supporterId().equals(supporterId), Duration.ofSeconds(30)).event();
        assertThat(event.channel()).isEqualTo("SMS");
        assertThat(event.source()).isEqualTo(RecipientUnsubscribed.SMS_KEYWORD);
        assertThat(event.categories()).containsExactlyInAnyOrder("CAMPAIGN_UPDATES", "REMINDERS", "INVITATIONS");
        String reminder = id("reminder");
        events.publish(reminder(reminder, number, supporterId));
        assertThat(awaitState(reminder, "SUPPRESSED").channel()).isEqualTo("SMS");
        events.publish(code(id("second-code"), number, supporterId));
        await().atMost(Duration.ofSeconds(30)).until(() -> SINK.conversationWith(number).stream()
                .filter(text -> text.direction().equals("outbound-api")).count() == 2);

        var resubscribed = events.positionOf(RecipientResubscribed.class);
        assertThat(SINK.reply(number, "ALTA")).hasValueSatisfying(reply -> assertThat(reply).contains("ALTO"));
        RecipientResubscribed again = events.awaitEvent(resubscribed, RecipientResubscribed.class,
                e -> e.supporterId().equals(supporterId), Duration.ofSeconds(30)).event();
        assertThat(again.channel()).isEqualTo("SMS");
        assertThat(again.categories()).containsExactlyInAnyOrder("CAMPAIGN_UPDATES", "REMINDERS", "INVITATIONS");
        String later = id("reminder-after-alta");
        events.publish(reminder(later, number, supporterId));
        awaitState(later, "SENT");
        assertThat(SINK.conversationWith(number).get(SINK.conversationWith(number).size() - 1).body())
                .contains("recordatorio, mañana").endsWith("Responde ALTO para salir.");
    }

    @Test
    void helpIsAnsweredInBothLanguagesAndAnUnknownTextGetsOneHintADay() throws Exception {
        String number = newNumber();

        assertThat(SINK.reply(number, "ayuda")).hasValueSatisfying(reply -> assertThat(reply)
                .startsWith("Alianza CV: ").contains("ALTO").contains("STOP"));
        assertThat(SINK.reply(number, "Gracias, ahí estaré")).hasValueSatisfying(reply -> assertThat(reply)
                .contains("AYUDA").contains("HELP"));
        assertThat(SINK.reply(number, "¿A qué hora?")).as("one hint a day").isEmpty();
    }

    @Test
    void aForgedStatusCallbackIsRefusedAndChangesNothing() throws Exception {
        String number = newNumber();
        String requestId = id("forged");
        events.publish(code(requestId, number, null));
        awaitState(requestId, "SENT");
        var failures = events.positionOf(NotificationFailed.class);
        String url = SERVICE + "/notifications/sms/status?request=" + requestId;
        Map<String, List<String>> form = Map.of("MessageStatus", List.of("undelivered"), "MessageSid", List.of("SMx"));

        int forged = post(url, "MessageStatus=undelivered&MessageSid=SMx",
                new TwilioSignature("not-the-token").sign(url, form));
        int unsigned = post(url, "MessageStatus=undelivered&MessageSid=SMx", null);

        assertThat(forged).isEqualTo(403);
        assertThat(unsigned).isEqualTo(403);
        events.assertNoEvent(failures, NotificationFailed.class, event -> event.requestId().equals(requestId),
                Duration.ofSeconds(2));
        assertThat(deliveryLog.find(requestId).orElseThrow().state()).isEqualTo("SENT");
    }

    @Test
    void aForgedResidentTextIsRefusedAndStopsNothing() throws Exception {
        String url = SERVICE + "/notifications/sms/inbound";
        int status = post(url, "From=%2B17605551234&Body=ALTO", new TwilioSignature("not-the-token")
                .sign(url, Map.of("From", List.of("+17605551234"), "Body", List.of("ALTO"))));

        assertThat(status).isEqualTo(403);
    }

    private NotificationView awaitState(String requestId, String state) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> deliveryLog.find(requestId).orElse(null), view -> view != null && view.state().equals(state));
    }

    private static List<SmsSink.Text> awaitTexts(String number, int count) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> SINK.conversationWith(number), texts -> texts.size() >= count);
    }

    private static NotificationRequested code(String requestId, String number, String supporterId) {
        return new NotificationRequested(requestId, "petitions", "TRANSACTIONAL", "petitions.signature-verification",
                "es", null, "Ana", Map.of("petitionTitle", "Agua limpia para Oasis", "code", "482913",
                        "confirmUrl", "https://plaza.example/petitions/agua/confirm"),
                "cmp-1", supporterId, List.of(), null, null, null, Instant.now(), number, NotificationRequested.SMS);
    }

    private static NotificationRequested reminder(String requestId, String number, String supporterId) {
        return new NotificationRequested(requestId, "outreach", "REMINDERS", "outreach.shift-reminder-24h", "es", null,
                "Ana", Map.of("shiftTitle", "Tocar puertas en Mecca", "startsAt", "sábado 9:00", "place",
                        "Parque de Mecca", "manageUrl", "https://plaza.example/outreach/s/1"),
                "cmp-1", supporterId, List.of(), null, null, null, Instant.now(), number, NotificationRequested.SMS);
    }

    private static String newNumber() {
        return "+1760" + exchange() + String.format("%04d", ThreadLocalRandom.current().nextInt(1000, 9999));
    }

    private static int exchange() {
        int exchange;
        do {
            exchange = ThreadLocalRandom.current().nextInt(200, 999);
        } while (exchange == FLOODED_EXCHANGE || exchange == 555);
        return exchange;
    }

    private static String id(String prefix) {
        return "ntf-" + prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static int post(String url, String body, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static SmsSink startSink() {
        try {
            return SmsSink.start(0, ACCOUNT, TOKEN, SERVICE + "/notifications/sms/inbound", "+17605550100");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
