package org.plaza.notifications.channel.email;

import java.time.Duration;
import java.util.Date;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends each email over an SMTP connection kept open between messages, instead of a connection per message
 * ({@link JavaMailSenderImpl#send} connects, greets, sends and quits every time). A sender takes an idle connection
 * (the most recently used first), checks it is still open with the server ({@code NOOP}, which also catches a server
 * that restarted or dropped it), sends one message on it and gives it back. A connection that failed in any way is
 * closed, never reused, and the failure is reported as {@link JavaMailSenderImpl} reports it, so
 * {@link SmtpFailures} classifies it the same. One message is one SMTP transaction either way: its {@code 250} is
 * the acceptance, so keeping the connection open changes nothing of "sent once".
 * <p>
 * Connections idle longer than {@link #MAX_IDLE} are closed when next looked at (a relay closes idle clients after a
 * few minutes), at most {@link #MAX_KEPT} are kept, and all of them are closed when the service stops.
 * {@code plaza.notifications.email.connections{outcome=opened|reused}} counts them.
 * <p>
 * Several senders use it at once: a connection is either idle (in the deque, which hands it to one taker only) or
 * held by the one sender that took it, never both, so no two messages ever share a connection at the same time.
 * A failure before the message's {@code DATA} was accepted is not tried again here on another connection: it is a
 * failed attempt like any other, retried by the dispatcher with its back-off (the {@code NOOP} check makes that rare).
 */
@Component
class SmtpConnections implements DisposableBean {

    static final Duration MAX_IDLE = Duration.ofSeconds(30);
    static final int MAX_KEPT = 8;
    private static final String METER = "plaza.notifications.email.connections";

    private record Idle(Transport transport, long since) {
    }

    private final JavaMailSender mail;
    private final Counter opened;
    private final Counter reused;
    private final Deque<Idle> idle = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;

    SmtpConnections(JavaMailSender mail, MeterRegistry meters) {
        this.mail = mail;
        this.opened = meters.counter(METER, "outcome", "opened");
        this.reused = meters.counter(METER, "outcome", "reused");
    }

    /** Sends the message on a kept-open connection; fails as {@link JavaMailSender#send(MimeMessage)} would. */
    void send(MimeMessage message) throws MailException {
        if (!(mail instanceof JavaMailSenderImpl sender)) {
            mail.send(message);
            return;
        }
        Address[] recipients;
        try {
            prepare(message);
            recipients = message.getAllRecipients();
        } catch (MessagingException e) {
            throw new MailSendException(Map.<Object, Exception>of(message, e));
        }
        Transport transport = take(sender, message);
        try {
            transport.sendMessage(message, recipients == null ? new Address[0] : recipients);
        } catch (MessagingException | RuntimeException e) {
            close(transport);
            throw new MailSendException(Map.<Object, Exception>of(message, e));
        }
        giveBack(transport);
    }

    /** What {@link JavaMailSenderImpl} does before sending: a date, the headers saved, the Message-ID given kept. */
    private static void prepare(MimeMessage message) throws MessagingException {
        if (message.getSentDate() == null) {
            message.setSentDate(new Date());
        }
        String messageId = message.getMessageID();
        message.saveChanges();
        if (messageId != null) {
            message.setHeader("Message-ID", messageId);
        }
    }

    private Transport take(JavaMailSenderImpl sender, MimeMessage message) {
        long now = System.nanoTime();
        for (Idle candidate = idle.pollFirst(); candidate != null; candidate = idle.pollFirst()) {
            if (now - candidate.since() > MAX_IDLE.toNanos()) {
                close(candidate.transport());
                continue;
            }
            if (candidate.transport().isConnected()) {
                reused.increment();
                return candidate.transport();
            }
            close(candidate.transport());
        }
        return connect(sender, message);
    }

    /** A new connection, as {@link JavaMailSenderImpl} makes one. */
    private Transport connect(JavaMailSenderImpl sender, MimeMessage message) {
        String username = sender.getUsername();
        String password = sender.getPassword();
        if ("".equals(username)) {
            username = null;
            password = "".equals(password) ? null : password;
        }
        Transport transport = null;
        try {
            String protocol = sender.getProtocol() == null ? "smtp" : sender.getProtocol();
            transport = sender.getSession().getTransport(protocol);
            transport.connect(sender.getHost(), sender.getPort(), username, password);
            opened.increment();
            return transport;
        } catch (AuthenticationFailedException e) {
            close(transport);
            throw new MailAuthenticationException(e);
        } catch (MessagingException | RuntimeException e) {
            close(transport);
            throw new MailSendException("Mail server connection failed", e,
                    Map.<Object, Exception>of(message, e));
        }
    }

    private void giveBack(Transport transport) {
        if (closed) {
            close(transport);
            return;
        }
        idle.offerFirst(new Idle(transport, System.nanoTime()));
        while (idle.size() > MAX_KEPT) {
            Idle oldest = idle.pollLast();
            if (oldest != null) {
                close(oldest.transport());
            }
        }
    }

    private static void close(Transport transport) {
        if (transport == null) {
            return;
        }
        try {
            transport.close();
        } catch (MessagingException | RuntimeException e) {
            // Closing a connection that already failed: nothing more to do with it.
        }
    }

    @Override
    public void destroy() {
        closed = true;
        for (Idle kept = idle.pollFirst(); kept != null; kept = idle.pollFirst()) {
            close(kept.transport());
        }
    }
}
