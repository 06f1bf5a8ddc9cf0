package org.plaza.notifications.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.Map;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.plaza.notifications.channel.DeliveryException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;

/** 5xx replies end a notification, everything else is tried again. */
class SmtpFailuresTest {

    @Test
    void refusedRecipientIsPermanent() throws Exception {
        DeliveryException failure = SmtpFailures.classify(send(new SMTPAddressFailedException(
                new InternetAddress("ana@example.org"), "RCPT TO", 550, "5.1.1 user unknown")));

        assertThat(failure.kind()).isEqualTo(DeliveryException.Kind.PERMANENT);
        assertThat(failure.reasonCode()).isEqualTo("RECIPIENT_REJECTED");
        assertThat(failure.getMessage()).doesNotContain("ana@example.org", "user unknown");
    }

    @Test
    void fullMailboxIsReportedAsMailboxUnavailable() throws Exception {
        DeliveryException failure = SmtpFailures.classify(send(new SMTPAddressFailedException(
                new InternetAddress("ana@example.org"), "RCPT TO", 452, "4.2.2 mailbox full")));

        assertThat(failure.kind()).isEqualTo(DeliveryException.Kind.TRANSIENT);
        assertThat(failure.reasonCode()).isEqualTo("MAILBOX_UNAVAILABLE");
    }

    @Test
    void temporaryServerReplyIsRetried() {
        DeliveryException failure = SmtpFailures.classify(send(new SMTPSendFailedException("DATA", 451,
                "4.3.0 try later", null, null, null, null)));

        assertThat(failure.kind()).isEqualTo(DeliveryException.Kind.TRANSIENT);
        assertThat(failure.reasonCode()).isEqualTo("SERVER_UNREACHABLE");
    }

    @Test
    void refusedMessageIsPermanent() {
        DeliveryException failure = SmtpFailures.classify(send(new SMTPSendFailedException("DATA", 554,
                "5.7.1 rejected", null, null, null, null)));

        assertThat(failure.kind()).isEqualTo(DeliveryException.Kind.PERMANENT);
        assertThat(failure.reasonCode()).isEqualTo("MESSAGE_REJECTED");
    }

    @Test
    void unreachableServerAndBadCredentialsAreRetried() {
        DeliveryException unreachable = SmtpFailures.classify(
                send(new MessagingException("Couldn't connect", new ConnectException("Connection refused"))));
        DeliveryException credentials = SmtpFailures.classify(new MailAuthenticationException("535"));

        assertThat(unreachable.kind()).isEqualTo(DeliveryException.Kind.TRANSIENT);
        assertThat(unreachable.reasonCode()).isEqualTo("SERVER_UNREACHABLE");
        assertThat(credentials.kind()).isEqualTo(DeliveryException.Kind.TRANSIENT);
    }

    private static MailSendException send(Exception cause) {
        return new MailSendException(Map.of(new Object(), cause));
    }
}
