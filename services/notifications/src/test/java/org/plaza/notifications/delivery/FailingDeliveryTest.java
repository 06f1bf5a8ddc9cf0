package org.plaza.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plaza.events.notifications.NotificationFailed;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.notifications.NotificationsServiceTest;

import com.sun.net.httpserver.HttpServer;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/** A failing SMTP server or attachment source leads to retries and then NotificationFailed, never to a lost request. */
class FailingDeliveryTest extends NotificationsServiceTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CSV = "\uFEFFname,community,position,comment\r\nMaría López,MECCA,OPPOSE,\"Agua, no más \u2014 ¡ya!\"\r\n"
            .getBytes(StandardCharsets.UTF_8);

    private HttpServer commentsService;
    private final List<String> fetchedFor = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startRequestingService() throws IOException {
        commentsService = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        commentsService.createContext("/internal/packets/pkt-1/packet.pdf", exchange -> {
            fetchedFor.add(exchange.getRequestHeaders().getFirst("X-Plaza-Notification-Request"));
            exchange.getResponseHeaders().add("Content-Type", "application/pdf");
            exchange.sendResponseHeaders(200, PDF.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(PDF);
            }
        });
        commentsService.createContext("/internal/packets/pkt-1/packet.csv", exchange -> {
            fetchedFor.add(exchange.getRequestHeaders().getFirst("X-Plaza-Notification-Request"));
            exchange.getResponseHeaders().add("Content-Type", "text/csv; charset=UTF-8");
            exchange.sendResponseHeaders(200, CSV.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(CSV);
            }
        });
        commentsService.createContext("/internal/packets/broken/packet.pdf", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        commentsService.start();
    }

    @AfterEach
    void stopRequestingService() {
        commentsService.stop(0);
    }

    @Test
    void failingSmtpServerIsRetriedWithBackoffAndEndsInNotificationFailed() {
        greenMail.stop();
        String requestId = uniqueId("ntf-down");
        var position = events.positionOf(NotificationFailed.class);

        events.publish(verification(requestId, "es", address("example.org")));

        NotificationFailed failed = events.awaitEvent(position, NotificationFailed.class,
                event -> event.requestId().equals(requestId), Duration.ofSeconds(60)).event();
        assertThat(failed.attempts()).isEqualTo(5);
        assertThat(failed.reasonCode()).isEqualTo("SERVER_UNREACHABLE");
        NotificationView deadLetter = awaitState(requestId, "FAILED");
        assertThat(deadLetter.history()).extracting(NotificationView.AttemptView::outcome)
                .containsExactly("RETRY", "RETRY", "RETRY", "RETRY", "FAILED");
        List<Instant> times = deadLetter.history().stream().map(NotificationView.AttemptView::at).toList();
        for (int i = 2; i < times.size(); i++) {
            assertThat(Duration.between(times.get(i - 1), times.get(i)))
                    .as("backoff grows").isGreaterThan(Duration.between(times.get(i - 2), times.get(i - 1)));
        }
        assertThat(deadLetter.contactDetailsKept()).as("a dead letter can be sent again").isTrue();
    }

    @Test
    void requestWaitsOutAnSmtpOutageAndIsSentOnceWhenTheServerReturns() {
        greenMail.stop();
        String requestId = uniqueId("ntf-outage");
        String email = address("example.org");

        events.publish(verification(requestId, "en", email));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> deliveryLog.find(requestId).map(NotificationView::attempts).orElse(0) >= 2);
        greenMail.start();

        NotificationView sent = awaitState(requestId, "SENT");
        assertThat(sent.history()).extracting(NotificationView.AttemptView::outcome).endsWith("SENT")
                .contains("RETRY");
        assertThat(awaitMessagesTo(email, 1)).hasSize(1);
    }

    @Test
    void deadLetterCanBeSentAgainByStaffOnceTheCauseIsFixed() {
        greenMail.stop();
        String requestId = uniqueId("ntf-retry");
        String email = address("example.org");
        events.publish(verification(requestId, "es", email));
        awaitState(requestId, "FAILED");
        greenMail.start();

        assertThat(deliveryLog.retry(requestId)).isEqualTo(DeliveryLog.RetryOutcome.QUEUED);

        awaitState(requestId, "SENT");
        assertThat(awaitMessagesTo(email, 1)).hasSize(1);
    }

    @Test
    void packetPdfIsFetchedFromTheRequestingServiceAndAttached() throws Exception {
        String requestId = uniqueId("ntf-packet");
        String clerk = address("water-district.example.org");

        events.publish(packet(requestId, clerk, "/internal/packets/pkt-1/packet.pdf"));

        MimeMessage message = awaitMessagesTo(clerk, 1).get(0);
        assertThat(message.getSubject()).isEqualTo("Public comments for item 7.B, meeting of May 12, 2026");
        BodyPart attachment = attachmentOf((MimeMultipart) message.getContent());
        assertThat(attachment.getFileName()).isEqualTo("public-comments-7B.pdf");
        assertThat(attachment.isMimeType("application/pdf")).isTrue();
        assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(PDF);
        assertThat(message.getHeader("List-Unsubscribe")).as("an official delivery has no unsubscribe").isNull();
        assertThat(fetchedFor).containsExactly(requestId);
    }

    @Test
    void packetPdfAndCsvAreBothFetchedAndAttachedToOneEmailIntact() throws Exception {
        String requestId = uniqueId("ntf-packet2");
        String clerk = address("water-district.example.org");

        events.publish(withAttachments(packet(requestId, clerk, "/internal/packets/pkt-1/packet.pdf"),
                List.of(csv("/internal/packets/pkt-1/packet.csv"))));

        MimeMessage message = awaitMessagesTo(clerk, 1).get(0);
        List<BodyPart> attachments = attachmentsOf((MimeMultipart) message.getContent());
        assertThat(attachments).extracting(BodyPart::getFileName)
                .containsExactly("public-comments-7B.pdf", "public-comments-7B.csv");
        assertThat(attachments.get(0).isMimeType("application/pdf")).isTrue();
        assertThat(attachments.get(0).getInputStream().readAllBytes()).isEqualTo(PDF);
        assertThat(attachments.get(1).isMimeType("text/csv")).isTrue();
        assertThat(attachments.get(1).getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(attachments.get(1).getInputStream().readAllBytes()).isEqualTo(CSV);
        assertThat(fetchedFor).containsExactly(requestId, requestId);
        assertThat(awaitState(requestId, "SENT").attempts()).isEqualTo(1);
        assertThat(messagesTo(clerk)).as("one email per request").hasSize(1);
    }

    @Test
    void anyUnavailableAttachmentIsRetriedAndNothingIsSentWithoutIt() {
        String requestId = uniqueId("ntf-broken2");
        String clerk = address("example.org");
        var position = events.positionOf(NotificationFailed.class);

        events.publish(withAttachments(packet(requestId, clerk, "/internal/packets/pkt-1/packet.pdf"),
                List.of(csv("/internal/packets/broken/packet.pdf"))));

        NotificationFailed failed = events.awaitEvent(position, NotificationFailed.class,
                event -> event.requestId().equals(requestId), Duration.ofSeconds(60)).event();
        assertThat(failed.reasonCode()).isEqualTo("ATTACHMENT_UNAVAILABLE");
        assertThat(failed.attempts()).isEqualTo(5);
        assertThat(messagesTo(clerk)).isEmpty();
    }

    @Test
    void secondAttachmentOnAHostThatIsNotAllowedFailsTheRequestBeforeAnyFetch() {
        String requestId = uniqueId("ntf-ssrf2");
        var position = events.positionOf(NotificationFailed.class);

        events.publish(withAttachments(packet(requestId, address("example.org"), "/internal/packets/pkt-1/packet.pdf"),
                List.of(new NotificationRequested.Attachment("http://169.254.169.254/latest/meta-data", "x.csv",
                        "text/csv"))));

        NotificationFailed failed = events.awaitEvent(position, NotificationFailed.class,
                event -> event.requestId().equals(requestId), Duration.ofSeconds(30)).event();
        assertThat(failed.reasonCode()).isEqualTo("ATTACHMENT_UNAVAILABLE");
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(fetchedFor).doesNotContain(requestId);
    }

    @Test
    void unavailableAttachmentIsRetriedThenReportedAsAttachmentUnavailable() {
        String requestId = uniqueId("ntf-broken");
        var position = events.positionOf(NotificationFailed.class);

        events.publish(packet(requestId, address("example.org"), "/internal/packets/broken/packet.pdf"));

        NotificationFailed failed = events.awaitEvent(position, NotificationFailed.class,
                event -> event.requestId().equals(requestId), Duration.ofSeconds(60)).event();
        assertThat(failed.reasonCode()).isEqualTo("ATTACHMENT_UNAVAILABLE");
        assertThat(failed.attempts()).isEqualTo(5);
    }

    @Test
    void attachmentOnAHostThatIsNotAllowedIsNeverFetched() {
        String requestId = uniqueId("ntf-ssrf");
        var position = events.positionOf(NotificationFailed.class);
        NotificationRequested request = packet(requestId, address("example.org"), "/x");
        NotificationRequested elsewhere = new NotificationRequested(request.requestId(), request.requestingService(),
                request.category(), request.templateKey(), request.locale(), request.recipientEmail(),
                request.recipientDisplayName(), request.templateParameters(), request.campaignId(), null,
                request.relatedIds(), null, new NotificationRequested.Attachment("http://169.254.169.254/latest/meta-data",
                        "x.pdf", "application/pdf"), request.requestedAt());

        events.publish(elsewhere);

        NotificationFailed failed = events.awaitEvent(position, NotificationFailed.class,
                event -> event.requestId().equals(requestId), Duration.ofSeconds(30)).event();
        assertThat(failed.reasonCode()).isEqualTo("ATTACHMENT_UNAVAILABLE");
        assertThat(failed.attempts()).isEqualTo(1);
    }

    private NotificationRequested packet(String requestId, String clerk, String path) {
        String uri = "http://127.0.0.1:" + commentsService.getAddress().getPort() + path;
        return new NotificationRequested(requestId, "comments", "PUBLIC_BODY_DELIVERY", "comments.packet-delivery", "en",
                clerk, "Clerk of the Board", Map.of("meetingDate", "May 12, 2026", "agendaItem", "7.B",
                        "itemTitle", "2026 water rates", "commentCount", "1,198"),
                "cmp-1", null, List.of("drv-1", "pkt-1"), null,
                new NotificationRequested.Attachment(uri, "public-comments-7B.pdf", "application/pdf"), Instant.now());
    }

    private NotificationRequested.Attachment csv(String path) {
        return new NotificationRequested.Attachment("http://127.0.0.1:" + commentsService.getAddress().getPort() + path,
                "public-comments-7B.csv", "text/csv; charset=UTF-8");
    }

    private static NotificationRequested withAttachments(NotificationRequested request,
            List<NotificationRequested.Attachment> attachments) {
        return new NotificationRequested(request.requestId(), request.requestingService(), request.category(),
                request.templateKey(), request.locale(), request.recipientEmail(), request.recipientDisplayName(),
                request.templateParameters(), request.campaignId(), request.supporterId(), request.relatedIds(),
                request.sendAt(), request.attachment(), attachments, request.requestedAt());
    }

    private static List<BodyPart> attachmentsOf(MimeMultipart multipart) throws Exception {
        List<BodyPart> found = new ArrayList<>();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getFileName() != null) {
                found.add(part);
            } else if (part.getContent() instanceof MimeMultipart nested) {
                found.addAll(attachmentsOf(nested));
            }
        }
        return found;
    }

    private static BodyPart attachmentOf(MimeMultipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getFileName() != null) {
                return part;
            }
            if (part.getContent() instanceof MimeMultipart nested) {
                BodyPart found = attachmentOf(nested);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
