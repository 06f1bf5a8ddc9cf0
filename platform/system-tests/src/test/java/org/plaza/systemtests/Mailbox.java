package org.plaza.systemtests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stack's mail as a test reads it: the devstack's mail viewer lists messages ({@code /api/messages})
 * and serves each as an {@code .eml} file, parsed here with Jakarta Mail.
 */
public final class Mailbox {

    /** How long a message may take: the outbox relay, Kafka, the notifications service and SMTP in turn. */
    public static final Duration DELIVERY = Duration.ofMinutes(3);
    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"'<>]+");
    private static final Pattern CODE = Pattern.compile("(?m)^\\s+(\\d{6})\\s*$");

    private final String viewer;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Mail> read = new ConcurrentHashMap<>();

    Mailbox(String viewer) {
        this.viewer = viewer;
    }

    /** Waits for a message to {@code to} (an address, case ignored) that {@code matching} accepts. */
    public Mail await(String to, String description, Predicate<Mail> matching) {
        AtomicReference<Mail> found = new AtomicReference<>();
        Awaitility.await("mail to " + to + ": " + description).atMost(DELIVERY).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    messagesTo(to).stream().filter(matching).findFirst().ifPresent(found::set);
                    return found.get() != null;
                });
        return found.get();
    }

    /** Waits for a message to {@code to} whose subject contains {@code subjectPart}. */
    public Mail awaitSubject(String to, String subjectPart) {
        return await(to, "subject containing \"" + subjectPart + "\"", mail -> mail.subject().contains(subjectPart));
    }

    /** Every message to {@code to} received so far, newest first. */
    public List<Mail> messagesTo(String to) {
        List<Mail> messages = new ArrayList<>();
        for (JsonNode summary : json.readTree(get("/api/messages").body())) {
            if (summary.path("to").asString().toLowerCase(Locale.ROOT).contains(to.toLowerCase(Locale.ROOT))) {
                String id = summary.path("id").asString();
                messages.add(read.computeIfAbsent(id, this::fetch));
            }
        }
        return messages;
    }

    private Mail fetch(String id) {
        try {
            byte[] eml = getBytes("/messages/" + id + ".eml");
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
            Mail.Builder mail = new Mail.Builder(id, String.join(", ", List.of(message.getAllRecipients()).stream()
                    .map(Object::toString).toList()), message.getSubject() == null ? "" : message.getSubject());
            for (Header header : Collections.list(message.getAllHeaders())) {
                mail.headers.computeIfAbsent(header.getName().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                        .add(header.getValue());
            }
            walk(message, mail);
            return mail.build();
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot read message " + id, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void walk(Part part, Mail.Builder mail) throws MessagingException, IOException {
        if (part.getFileName() != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            mail.attachments.add(new Attachment(part.getFileName(), part.getContentType(),
                    part.getInputStream().readAllBytes()));
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, mail);
            }
        } else if (part.isMimeType("text/plain")) {
            mail.text.append(part.getContent());
        } else if (part.isMimeType("text/html")) {
            mail.html.append(part.getContent());
        }
    }

    private HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(viewer + path)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private byte[] getBytes(String path) throws IOException {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(viewer + path))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IOException(path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One received message: its plain text and HTML parts, its attachments and its headers (names in lower case). */
    public record Mail(String id, String to, String subject, String text, String html, List<Attachment> attachments,
            Map<String, List<String>> headers) {

        /** The first value of a header ({@code List-Unsubscribe}, case ignored), if the message has it. */
        public Optional<String> header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()).stream().findFirst();
        }

        /** The first link in the plain text whose address contains {@code part}. */
        public String link(String part) {
            Matcher links = LINK.matcher(text);
            while (links.find()) {
                if (links.group().contains(part)) {
                    return links.group();
                }
            }
            throw new AssertionError("No link containing " + part + " in the mail \"" + subject + "\":\n" + text);
        }

        /** The six-digit confirmation code the plain text shows on a line of its own. */
        public String code() {
            Matcher code = CODE.matcher(text);
            if (!code.find()) {
                throw new AssertionError("No 6-digit code in the mail \"" + subject + "\":\n" + text);
            }
            return code.group(1);
        }

        /** Text and HTML together, for "the message says…" checks. */
        public String content() {
            return text + "\n" + html;
        }

        private static final class Builder {
            private final String id;
            private final String to;
            private final String subject;
            private final StringBuilder text = new StringBuilder();
            private final StringBuilder html = new StringBuilder();
            private final List<Attachment> attachments = new ArrayList<>();
            private final Map<String, List<String>> headers = new LinkedHashMap<>();

            private Builder(String id, String to, String subject) {
                this.id = id;
                this.to = to;
                this.subject = subject;
            }

            private Mail build() {
                return new Mail(id, to, subject, text.toString(), html.toString(), List.copyOf(attachments),
                        Map.copyOf(headers));
            }
        }
    }

    /** A file attached to a message. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }
}
