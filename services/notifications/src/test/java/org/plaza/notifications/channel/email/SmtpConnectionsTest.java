package org.plaza.notifications.channel.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plaza.notifications.NotificationsServiceTest;
import org.plaza.notifications.channel.DeliveryException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Kept-open SMTP connections against a scripted server: messages share a connection, one the server dropped (it
 * restarted) is noticed before a message is put on it, every message arrives once, several senders at once never get
 * in each other's way, and failures are sorted into permanent and transient exactly as with a connection per message
 * ({@link JavaMailSenderImpl#send}).
 */
class SmtpConnectionsTest {

    private ScriptedSmtpServer server;
    private JavaMailSenderImpl sender;
    private SimpleMeterRegistry meters;
    private SmtpConnections connections;

    @BeforeEach
    void start() throws IOException {
        server = new ScriptedSmtpServer();
        sender = sender(server.port());
        meters = new SimpleMeterRegistry();
        connections = new SmtpConnections(sender, meters);
    }

    @AfterEach
    void stop() throws IOException {
        connections.destroy();
        server.close();
    }

    @Test
    void messagesSentOneAfterAnotherShareOneConnection() throws Exception {
        List<String> ids = List.of(messageId(), messageId(), messageId());

        for (String id : ids) {
            connections.send(message(id));
        }

        assertThat(server.accepted()).containsExactlyElementsOf(ids);
        assertThat(server.connections()).isEqualTo(1);
        assertThat(counted("opened")).isEqualTo(1);
        assertThat(counted("reused")).isEqualTo(2);
    }

    @Test
    void aConnectionBrokenByAServerThatRestartedIsReplacedAndTheMessageIsSentOnceOnTheNewOne() throws Exception {
        String before = messageId();
        connections.send(message(before));
        server.close();
        server = new ScriptedSmtpServer();
        sender.setPort(server.port()); // the restarted server; the old port is held until the client closes its end
        String after = messageId();

        connections.send(message(after));

        assertThat(server.accepted()).containsExactly(after);
        assertThat(server.connections()).isEqualTo(1);
        assertThat(counted("opened")).isEqualTo(2);
        assertThat(counted("reused")).isZero();
    }

    @Test
    void aRefusedRecipientIsPermanentAsBeforeAndItsConnectionIsNotUsedAgain() throws Exception {
        connections.send(message(messageId()));
        server.replyToRecipients("550 5.1.1 no such user");

        DeliveryException kept = failureOf(() -> connections.send(message(messageId())));
        DeliveryException perMessage = failureOf(() -> sender.send(message(messageId())));
        server.replyToRecipients("250 OK");
        String next = messageId();
        connections.send(message(next));

        assertThat(kept.kind()).isEqualTo(DeliveryException.Kind.PERMANENT);
        assertThat(kept.reasonCode()).isEqualTo("RECIPIENT_REJECTED");
        assertSameClassification(kept, perMessage);
        assertThat(server.accepted()).hasSize(2).endsWith(next);
        assertThat(counted("opened")).as("a new connection after the failure").isEqualTo(2);
        assertThat(server.outOfOrder()).isEmpty();
    }

    @Test
    void aRefusedMessageIsPermanentAndADeferredOneTransientAsBefore() throws Exception {
        server.replyToData("554 5.7.1 rejected");
        DeliveryException refused = failureOf(() -> connections.send(message(messageId())));
        DeliveryException refusedPerMessage = failureOf(() -> sender.send(message(messageId())));
        server.replyToData("451 4.3.0 try later");
        DeliveryException deferred = failureOf(() -> connections.send(message(messageId())));
        DeliveryException deferredPerMessage = failureOf(() -> sender.send(message(messageId())));

        assertThat(refused.kind()).isEqualTo(DeliveryException.Kind.PERMANENT);
        assertThat(refused.reasonCode()).isEqualTo("MESSAGE_REJECTED");
        assertSameClassification(refused, refusedPerMessage);
        assertThat(deferred.kind()).isEqualTo(DeliveryException.Kind.TRANSIENT);
        assertSameClassification(deferred, deferredPerMessage);
        assertThat(server.accepted()).isEmpty();
    }

    @Test
    void anUnreachableServerIsTransientAsBefore() throws Exception {
        server.close();
        JavaMailSenderImpl nowhere = sender(NotificationsServiceTest.freePort());
        SmtpConnections toNowhere = new SmtpConnections(nowhere, meters);

        DeliveryException kept = failureOf(() -> toNowhere.send(message(messageId())));
        DeliveryException perMessage = failureOf(() -> nowhere.send(message(messageId())));

        assertThat(kept.kind()).isEqualTo(DeliveryException.Kind.TRANSIENT);
        assertThat(kept.reasonCode()).isEqualTo("SERVER_UNREACHABLE");
        assertSameClassification(kept, perMessage);
    }

    @Test
    void severalSendersAtOnceEachGetAConnectionOfTheirOwnAndEveryMessageArrivesOnce() throws Exception {
        int threads = 4;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<String> ids = new ArrayList<>();
        List<Future<?>> sends = new ArrayList<>();
        try {
            for (int i = 0; i < threads * each; i++) {
                String id = messageId();
                ids.add(id);
                MimeMessage message = message(id);
                sends.add(pool.submit((Callable<Void>) () -> {
                    connections.send(message);
                    return null;
                }));
            }
            for (Future<?> send : sends) {
                send.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(server.accepted()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(server.outOfOrder()).isEmpty();
        assertThat(server.connections()).isBetween(1, threads);
        assertThat(counted("opened") + counted("reused")).isEqualTo(threads * each);
    }

    @Test
    void idleConnectionsAreClosedWhenTheServiceStops() throws Exception {
        connections.send(message(messageId()));

        connections.destroy();
        String after = messageId();
        connections.send(message(after));

        assertThat(server.accepted()).endsWith(after);
        assertThat(counted("opened")).as("the connection kept before the stop is not used").isEqualTo(2);
    }

    private static void assertSameClassification(DeliveryException kept, DeliveryException perMessage) {
        assertThat(kept.kind()).isEqualTo(perMessage.kind());
        assertThat(kept.reasonCode()).isEqualTo(perMessage.reasonCode());
        assertThat(kept.getMessage()).isEqualTo(perMessage.getMessage());
    }

    private static DeliveryException failureOf(ThrowingCallable send) {
        MailException failure = catchThrowableOfType(MailException.class, send);
        assertThat(failure).as("the send failed").isNotNull();
        return SmtpFailures.classify(failure);
    }

    private double counted(String outcome) {
        return meters.counter("plaza.notifications.email.connections", "outcome", outcome).count();
    }

    private MimeMessage message(String messageId) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        message.setFrom(new InternetAddress("no-reply@plaza.example"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("ana@example.org"));
        message.setSubject("Tu código");
        message.setText("482913", "UTF-8");
        message.setHeader("Message-ID", messageId);
        return message;
    }

    private static String messageId() {
        return "<" + UUID.randomUUID() + "@plaza.example>";
    }

    private static JavaMailSenderImpl sender(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.connectiontimeout", "10000");
        properties.setProperty("mail.smtp.timeout", "10000");
        properties.setProperty("mail.smtp.writetimeout", "10000");
        sender.setJavaMailProperties(properties);
        return sender;
    }
}
