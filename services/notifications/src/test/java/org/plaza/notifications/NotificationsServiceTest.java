package org.plaza.notifications;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.notifications.delivery.DeliveryLog;
import org.plaza.notifications.delivery.NotificationView;
import org.plaza.testsupport.PlazaServiceTest;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The base of every service test: the whole service on real Kafka, MongoDB and SMTP (a GreenMail server
 * per test method on a port fixed for the JVM), one shared Spring context, and helpers to send requests
 * and read what arrived. {@link MongoCommands} records the MongoDB commands while a test asks it to.
 */
@PlazaServiceTest(properties = {
        "plaza.notifications.delivery.max-attempts=5",
        "plaza.notifications.delivery.initial-backoff=300ms",
        "plaza.notifications.delivery.max-backoff=2s",
        "plaza.notifications.delivery.poll-interval=200ms",
        "plaza.notifications.delivery.sending-lease=10s",
        "plaza.jobs.notifications.queue-removals.interval=200ms",
        "plaza.notifications.branding.organization=Alianza Coachella Valley",
        "plaza.notifications.links.public-base-url=https://plaza.example",
        "spring.mail.properties[mail.smtp.connectiontimeout]=2000",
        "spring.mail.properties[mail.smtp.timeout]=2000",
        "spring.mail.properties[mail.smtp.writetimeout]=2000" })
@AutoConfigureMockMvc
@Import(MongoCommands.Recording.class)
public abstract class NotificationsServiceTest {

    /** One SMTP port for the JVM, so every test class shares the same Spring context. */
    public static final ServerSetup SMTP = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    @RegisterExtension
    protected static final GreenMailExtension greenMail = new GreenMailExtension(SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    protected KafkaTestEvents events;

    @Autowired
    protected DeliveryLog deliveryLog;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", SMTP::getBindAddress);
        registry.add("spring.mail.port", SMTP::getPort);
    }

    protected static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 12);
    }

    /** A fresh address at {@code domain}, so tests never see each other's mail. */
    protected static String address(String domain) {
        return "r" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) + "@" + domain;
    }

    protected static NotificationRequested request(String requestId, String category, String templateKey, String locale,
            String email, Map<String, String> parameters) {
        return new NotificationRequested(requestId, "petitions", category, templateKey, locale, email, "Ana", parameters,
                "cmp-1", null, List.of(), null, null, Instant.now());
    }

    protected static NotificationRequested verification(String requestId, String locale, String email) {
        return request(requestId, "TRANSACTIONAL", "petitions.signature-verification", locale, email,
                Map.of("petitionTitle", "Agua limpia para Oasis", "code", "482913",
                        "confirmUrl", "https://plaza.example/petitions/agua/confirm?t=abc"));
    }

    protected static NotificationRequested update(String requestId, String email) {
        return request(requestId, "CAMPAIGN_UPDATES", "petitions.update", "en", email,
                Map.of("petitionTitle", "Clean water for Oasis", "updateTitle", "The board will vote",
                        "updateText", "The water board votes on May 12.", "petitionUrl", "https://plaza.example/p/agua"));
    }

    protected NotificationView awaitState(String requestId, String state) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> deliveryLog.find(requestId).orElse(null),
                        view -> view != null && view.state().equals(state));
    }

    protected NotificationView awaitStored(String requestId) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> deliveryLog.find(requestId).orElse(null), view -> view != null);
    }

    protected static List<MimeMessage> messagesTo(String email) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> isFor(message, email)).toList();
    }

    protected static List<MimeMessage> awaitMessagesTo(String email, int count) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> messagesTo(email), messages -> messages.size() >= count);
    }

    private static boolean isFor(MimeMessage message, String email) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().contains(email));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A port nothing listens on right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
