package org.plaza.notifications.channel.email;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import org.plaza.notifications.channel.Channel;
import org.plaza.notifications.channel.DeliveryException;
import org.plaza.notifications.channel.Outgoing;
import org.plaza.notifications.channel.ReasonCodes;
import org.plaza.notifications.consent.UnsubscribeLinks;
import org.plaza.notifications.template.BrandingSettings;
import org.plaza.notifications.template.MailContent;
import org.plaza.notifications.template.RenderedEmail;
import org.plaza.notifications.template.TemplateRenderer;
import org.plaza.starter.supporter.CanonicalEmail;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * Email over SMTP: a multipart message with a plain-text and an HTML part in the recipient's language,
 * the attachments fetched from the requesting service, a {@code Message-ID} derived from the request id
 * (a re-sent message is recognisably the same one), and for optional categories the RFC 8058 one-click
 * {@code List-Unsubscribe} / {@code List-Unsubscribe-Post} headers. Sent over a kept-open connection
 * ({@link SmtpConnections}).
 */
@Component
class EmailChannel implements Channel {

    static final String NAME = "EMAIL";

    private final JavaMailSender mail;
    private final SmtpConnections connections;
    private final TemplateRenderer renderer;
    private final UnsubscribeLinks links;
    private final AttachmentFetcher attachments;
    private final DomainRateLimits rateLimits;
    private final EmailSettings settings;
    private final BrandingSettings branding;

    EmailChannel(JavaMailSender mail, SmtpConnections connections, TemplateRenderer renderer, UnsubscribeLinks links,
            AttachmentFetcher attachments, DomainRateLimits rateLimits, EmailSettings settings,
            BrandingSettings branding) {
        this.mail = mail;
        this.connections = connections;
        this.renderer = renderer;
        this.links = links;
        this.attachments = attachments;
        this.rateLimits = rateLimits;
        this.settings = settings;
        this.branding = branding;
        MailStreamProviders.pin();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String deliver(Outgoing message) throws DeliveryException {
        String domain = domainOf(message.recipient());
        Duration wait = rateLimits.acquire(domain);
        if (!wait.isZero()) {
            throw DeliveryException.deferred(wait, "send rate limit reached for a recipient domain");
        }
        String unsubscribeUrl = unsubscribeUrl(message);
        RenderedEmail rendered = render(message, unsubscribeUrl);
        List<byte[]> files = attachments.fetchAll(message.attachments(), message.requestId());
        try {
            connections.send(compose(message, rendered, files, unsubscribeUrl));
        } catch (MailException e) {
            throw SmtpFailures.classify(e);
        }
        return messageId(message.requestId());
    }

    /**
     * Everything {@link #deliver} does for a message without attachments but the sending: its links, rendering, the
     * MIME message and its encoding, written to nowhere (the warm-up before readiness). No connection is opened and
     * no rate limit is spent.
     */
    @Override
    public void rehearse(Outgoing message) throws DeliveryException, IOException, MessagingException {
        String unsubscribeUrl = unsubscribeUrl(message);
        compose(message, render(message, unsubscribeUrl), List.of(), unsubscribeUrl)
                .writeTo(OutputStream.nullOutputStream());
    }

    private String unsubscribeUrl(Outgoing message) {
        return message.template().category().alwaysSent() ? null
                : links.urlFor(message.recipientKey(), message.template().category(), message.locale(),
                        message.requestId());
    }

    private RenderedEmail render(Outgoing message, String unsubscribeUrl) throws DeliveryException {
        try {
            return renderer.renderEmail(message.template(), message.locale(), new MailContent(message.displayName(),
                    message.parameters(), !message.attachments().isEmpty(), unsubscribeUrl));
        } catch (RuntimeException e) {
            throw DeliveryException.permanentFailure(ReasonCodes.TEMPLATE_ERROR,
                    "template " + message.template().key() + " failed to render: " + e.getClass().getSimpleName(), e);
        }
    }

    private MimeMessage compose(Outgoing message, RenderedEmail rendered, List<byte[]> files, String unsubscribeUrl)
            throws DeliveryException {
        try {
            MimeMessage mime = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                    StandardCharsets.UTF_8.name());
            helper.setFrom(new InternetAddress(settings.from(), sender(message), StandardCharsets.UTF_8.name()));
            if (!settings.replyTo().isBlank()) {
                helper.setReplyTo(settings.replyTo());
            }
            helper.setTo(message.displayName() == null || message.displayName().isBlank()
                    ? new InternetAddress(message.recipient())
                    : new InternetAddress(message.recipient(), message.displayName(), StandardCharsets.UTF_8.name()));
            helper.setSubject(rendered.subject());
            helper.setText(rendered.text(), rendered.html());
            for (int i = 0; i < files.size(); i++) {
                helper.getRootMimeMultipart().addBodyPart(attachmentPart(message.attachments().get(i), files.get(i)));
            }
            mime.setHeader("Message-ID", messageId(message.requestId()));
            mime.setHeader("Content-Language", message.locale().getLanguage());
            mime.setHeader("Auto-Submitted", "auto-generated");
            mime.setHeader("X-Plaza-Request-Id", message.requestId());
            if (unsubscribeUrl != null) {
                mime.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
                mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            return mime;
        } catch (AddressException | UnsupportedEncodingException e) {
            throw DeliveryException.permanentFailure(ReasonCodes.RECIPIENT_REJECTED,
                    "message cannot be addressed: " + e.getClass().getSimpleName(), e);
        } catch (MessagingException e) {
            throw DeliveryException.permanentFailure(ReasonCodes.TEMPLATE_ERROR,
                    "message cannot be assembled: " + e.getClass().getSimpleName(), e);
        }
    }

    /** Always base64: a file must arrive byte for byte, whatever its bytes look like. */
    private static MimeBodyPart attachmentPart(Outgoing.Attachment attachment, byte[] file)
            throws MessagingException, UnsupportedEncodingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(file, attachment.mediaType())));
        part.setDisposition(Part.ATTACHMENT);
        part.setFileName(MimeUtility.encodeText(attachment.filename(), StandardCharsets.UTF_8.name(), null));
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    private String sender(Outgoing message) {
        String organization = message.parameters().get("organization");
        return organization == null || organization.isBlank() ? branding.organization() : organization;
    }

    /** The same request always gets the same Message-ID, so a re-send after a crash is the same message. */
    String messageId(String requestId) {
        String from = settings.from();
        String host = from.substring(from.indexOf('@') + 1).replaceAll("[^A-Za-z0-9.-]", "");
        return "<" + sha256(requestId).substring(0, 40) + ".plaza@" + host + ">";
    }

    private static String domainOf(String recipient) {
        String canonical = CanonicalEmail.of(recipient).value();
        return canonical.substring(canonical.lastIndexOf('@') + 1);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
