package org.plaza.notifications.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plaza.notifications.NotificationsServiceTest;
import org.plaza.notifications.delivery.NotificationView;
import org.springframework.beans.factory.annotation.Autowired;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The service sends its emails over kept-open connections ({@link SmtpConnections}; the protocol cases are in
 * {@link SmtpConnectionsTest}), and a connection the mail server dropped when it restarted costs no attempt. (Every
 * service test starts a fresh GreenMail, so the first email of each goes through that path too.)
 */
class KeptOpenSmtpConnectionsTest extends NotificationsServiceTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void emailsSentOneAfterAnotherShareAKeptOpenConnection() {
        sendAndAwait(uniqueId("ntf-smtp-first"), address("example.org"));
        double reusedBefore = connections("reused");

        sendAndAwait(uniqueId("ntf-smtp-second"), address("example.org"));
        sendAndAwait(uniqueId("ntf-smtp-third"), address("example.org"));

        assertThat(connections("reused") - reusedBefore).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aConnectionDroppedByAMailServerThatRestartedCostsNoAttemptAndTheEmailArrivesOnce() {
        sendAndAwait(uniqueId("ntf-smtp-before"), address("example.org"));
        greenMail.stop();
        greenMail.start();
        String email = address("example.org");
        double openedBefore = connections("opened");

        NotificationView sent = sendAndAwait(uniqueId("ntf-smtp-after"), email);

        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.history()).extracting(NotificationView.AttemptView::reasonCode).containsOnlyNulls();
        assertThat(messagesTo(email)).hasSize(1);
        assertThat(connections("opened") - openedBefore).isPositive();
    }

    private NotificationView sendAndAwait(String requestId, String email) {
        events.publish(verification(requestId, "es", email));
        NotificationView sent = awaitState(requestId, "SENT");
        awaitMessagesTo(email, 1);
        return sent;
    }

    private double connections(String outcome) {
        var counter = meters.find("plaza.notifications.email.connections").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }
}
