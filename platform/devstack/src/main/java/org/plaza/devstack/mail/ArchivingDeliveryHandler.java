package org.plaza.devstack.mail;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.util.List;

import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces GreenMail's in-memory mailboxes: each message is written to the archive once, however
 * many recipients it has (GreenMail hands one message to its recipients one after another), and
 * nothing stays in the heap of a long-running stack.
 */
final class ArchivingDeliveryHandler implements MessageDeliveryHandler {

    private static final Logger log = LoggerFactory.getLogger(ArchivingDeliveryHandler.class);

    private final MailArchive archive;
    private WeakReference<MovingMessage> lastStored = new WeakReference<>(null);

    ArchivingDeliveryHandler(MailArchive archive) {
        this.archive = archive;
    }

    @Override
    public synchronized GreenMailUser handle(MovingMessage message, MailAddress recipient) throws MessagingException {
        if (lastStored.get() != message) {
            List<String> envelopeTo = message.getToAddresses().stream().map(MailAddress::getEmail).toList();
            try {
                String id = archive.store(message.getMessage(), envelopeTo);
                log.info("Received {} for {}: {}", id, envelopeTo, message.getMessage().getSubject());
            } catch (IOException e) {
                throw new MessagingException("Cannot store the message", e);
            }
            lastStored = new WeakReference<>(message);
        }
        return new DiscardingUser(recipient.getEmail());
    }

    /** A recipient whose mailbox keeps nothing: the archive already has the message. */
    private record DiscardingUser(String email) implements GreenMailUser {

        @Override
        public String getEmail() {
            return email;
        }

        @Override
        public String getLogin() {
            return email;
        }

        @Override
        public void deliver(MovingMessage message) {
        }

        @Override
        public void deliver(jakarta.mail.internet.MimeMessage message) {
        }

        @Override
        public void create() {
        }

        @Override
        public void delete() {
        }

        @Override
        public String getPassword() {
            return "";
        }

        @Override
        public void setPassword(String password) {
        }

        @Override
        public void authenticate(String password) {
        }

        @Override
        public String getQualifiedMailboxName() {
            return email;
        }
    }
}
