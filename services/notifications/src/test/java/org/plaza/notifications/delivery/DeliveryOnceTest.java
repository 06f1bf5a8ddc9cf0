package org.plaza.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plaza.events.notifications.NotificationFailed;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.notifications.NotificationsServiceTest;
import org.springframework.beans.factory.annotation.Autowired;

import io.micrometer.core.instrument.MeterRegistry;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/** One email per request id, in the recipient's language, on real Kafka, MongoDB and SMTP. */
class DeliveryOnceTest extends NotificationsServiceTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void sendsOneEmailWhenTheSameRequestArrivesAgainWithTheSameOrANewEventId() {
        String requestId = uniqueId("ntf-once");
        String email = address("example.org");
        NotificationRequested request = verification(requestId, "es", email);
        double duplicatesBefore = duplicates(meters);

        events.publish(request, requestId + "-event-1");
        events.publish(request, requestId + "-event-1");
        events.publish(request, requestId + "-event-2");

        awaitState(requestId, "SENT");
        await().atMost(Duration.ofSeconds(30)).until(() -> duplicates(meters) >= duplicatesBefore + 2);
        assertThat(awaitMessagesTo(email, 1)).hasSize(1);
        assertThat(messagesTo(email)).hasSize(1);
        assertThat(deliveryLog.find(requestId).orElseThrow().attempts()).isEqualTo(1);
    }

    @Test
    void spanishVerificationArrivesAsHtmlAndPlainTextWithTheCodeAndNoUnsubscribeHeader() throws Exception {
        String requestId = uniqueId("ntf-es");
        String email = address("example.org");

        events.publish(verification(requestId, "es", email));

        MimeMessage message = awaitMessagesTo(email, 1).get(0);
        assertThat(message.getSubject()).isEqualTo("Confirma tu firma: Agua limpia para Oasis");
        assertThat(message.getFrom()[0].toString()).contains("Alianza Coachella Valley").contains("no-reply@plaza.example");
        assertThat(message.getHeader("Content-Language")).containsExactly("es");
        assertThat(message.getHeader("List-Unsubscribe")).isNull();
        assertThat(message.getMessageID()).endsWith("@plaza.example>");

        String text = part(message, "text/plain");
        String html = part(message, "text/html");
        assertThat(text).contains("Hola, Ana:", "482913", "https://plaza.example/petitions/agua/confirm?t=abc");
        assertThat(html).contains("<p class=\"code\">482913</p>", "lang=\"es\"");
        assertThat(awaitState(requestId, "SENT").messageId()).isEqualTo(message.getMessageID());
    }

    @Test
    void englishRequestIsSentInEnglishAndAnUnsupportedLanguageInSpanish() throws Exception {
        String english = address("example.org");
        String other = address("example.org");

        events.publish(verification(uniqueId("ntf-en"), "en", english));
        events.publish(verification(uniqueId("ntf-fr"), "fr", other));

        assertThat(awaitMessagesTo(english, 1).get(0).getSubject()).isEqualTo("Confirm your signature: Agua limpia para Oasis");
        assertThat(awaitMessagesTo(other, 1).get(0).getSubject()).isEqualTo("Confirma tu firma: Agua limpia para Oasis");
    }

    @Test
    void campaignUpdatesCarryOneClickUnsubscribeHeaders() throws Exception {
        String email = address("example.org");

        events.publish(update(uniqueId("ntf-upd"), email));

        MimeMessage message = awaitMessagesTo(email, 1).get(0);
        assertThat(message.getHeader("List-Unsubscribe")[0]).matches("<https://plaza\\.example/notifications/unsubscribe/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\?lang=en&via=[A-Za-z0-9_%.-]+>");
        assertThat(message.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(part(message, "text/plain")).contains("Unsubscribe: https://plaza.example/notifications/unsubscribe/");
    }

    @Test
    void unknownTemplateEndsInNotificationFailedAndLaterRequestsStillFlow() {
        String requestId = uniqueId("ntf-unknown");
        var position = events.positionOf(NotificationFailed.class);

        events.publish(request(requestId, "TRANSACTIONAL", "petitions.no-such-message", "es", address("example.org"),
                Map.of()));
        String next = address("example.org");
        events.publish(verification(uniqueId("ntf-after"), "es", next));

        NotificationFailed failed = events.awaitEvent(position, NotificationFailed.class,
                event -> event.requestId().equals(requestId), Duration.ofSeconds(30)).event();
        assertThat(failed.reasonCode()).isEqualTo("TEMPLATE_ERROR");
        assertThat(failed.requestingService()).isEqualTo("petitions");
        assertThat(failed.templateKey()).isEqualTo("petitions.no-such-message");
        assertThat(failed.channel()).isEqualTo("EMAIL");
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(awaitState(requestId, "FAILED").reasonCode()).isEqualTo("TEMPLATE_ERROR");
        assertThat(awaitMessagesTo(next, 1)).hasSize(1);
    }

    @Test
    void requestMissingARequiredParameterFailsWithTemplateError() {
        String requestId = uniqueId("ntf-missing");
        var position = events.positionOf(NotificationFailed.class);

        events.publish(request(requestId, "TRANSACTIONAL", "petitions.signature-verification", "es",
                address("example.org"), Map.of("petitionTitle", "Agua")));

        assertThat(events.awaitEvent(position, NotificationFailed.class, event -> event.requestId().equals(requestId),
                Duration.ofSeconds(30)).event().reasonCode()).isEqualTo("TEMPLATE_ERROR");
    }

    @Test
    void deliveryLogKeepsNoAddressAndOnlyTheTemplatesParameters() {
        String requestId = uniqueId("ntf-log");
        String email = address("example.org");
        NotificationRequested request = request(requestId, "TRANSACTIONAL", "petitions.signature-verification", "en",
                email, Map.of("petitionTitle", "Water", "code", "123456", "confirmUrl", "https://plaza.example/c",
                        "notDeclared", "kept nowhere"));

        events.publish(request);

        NotificationView view = awaitState(requestId, "SENT");
        assertThat(view.toString()).doesNotContain(email, "123456");
        assertThat(view.history()).extracting(NotificationView.AttemptView::outcome).containsExactly("SENT");
        assertThat(view.category()).isEqualTo("TRANSACTIONAL");
        assertThat(view.locale()).isEqualTo("en");
        assertThat(view.contactDetailsKept()).isTrue();
    }

    static String part(MimeMessage message, String type) throws Exception {
        return find(message.getContent(), type);
    }

    private static String find(Object content, String type) throws Exception {
        if (content instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var bodyPart = multipart.getBodyPart(i);
                if (bodyPart.isMimeType(type)) {
                    return (String) bodyPart.getContent();
                }
                String nested = find(bodyPart.getContent(), type);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    /** Requests the intake found stored already (the same event again, or the same request under a new event id). */
    static double duplicates(MeterRegistry meters) {
        return meters.find("plaza.notifications.requests").tag("outcome", "duplicate").counters().stream()
                .mapToDouble(counter -> counter.count()).sum();
    }
}
