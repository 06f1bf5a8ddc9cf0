package org.plaza.devstack.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/** Reads the archive's .eml files back: summaries newest first, and one message with its parts. */
final class MailFolder {

    private static final Pattern ID = Pattern.compile("\\d{8}-\\d{6}-\\d{3}-\\d{3}");

    private final Path directory;
    private final Session session = Session.getInstance(new Properties());

    MailFolder(Path directory) {
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }

    List<Summary> newestFirst(int limit) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".eml"))
                    .map(name -> name.substring(0, name.length() - 4))
                    .filter(id -> ID.matcher(id).matches())
                    .sorted(Comparator.reverseOrder())
                    .limit(limit)
                    .map(this::summary)
                    .flatMap(Optional::stream)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The raw file of a message; empty for an unknown or malformed id. */
    Optional<Path> file(String id) {
        if (!ID.matcher(id).matches()) {
            return Optional.empty();
        }
        Path file = directory.resolve(id + ".eml");
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    Optional<Message> read(String id) {
        return file(id).map(file -> {
            try (InputStream in = Files.newInputStream(file)) {
                MimeMessage mime = new MimeMessage(session, in);
                Parts parts = new Parts();
                collect(mime, parts);
                return new Message(summary(id, headers(mime)),
                        decoded(mime.getHeader("Cc", ", ")), decoded(mime.getHeader("Date", null)),
                        decoded(mime.getHeader(MailArchive.ENVELOPE_TO, ", ")),
                        parts.text, parts.html, List.copyOf(parts.attachments));
            } catch (IOException | MessagingException e) {
                throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
            }
        });
    }

    private Optional<Summary> summary(String id) {
        return file(id).map(file -> {
            try (InputStream in = Files.newInputStream(file)) {
                return summary(id, new InternetHeaders(in));
            } catch (IOException | MessagingException e) {
                return new Summary(id, receivedAt(id), "(unreadable: " + e.getMessage() + ")", "", "");
            }
        });
    }

    private static InternetHeaders headers(MimeMessage mime) throws MessagingException {
        InternetHeaders headers = new InternetHeaders();
        var all = mime.getAllHeaderLines();
        while (all.hasMoreElements()) {
            headers.addHeaderLine(all.nextElement());
        }
        return headers;
    }

    private static Summary summary(String id, InternetHeaders headers) {
        String to = decoded(headers.getHeader("To", ", "));
        if (to.isEmpty()) {
            to = decoded(headers.getHeader(MailArchive.ENVELOPE_TO, ", "));
        }
        return new Summary(id, receivedAt(id), decoded(headers.getHeader("Subject", null)),
                decoded(headers.getHeader("From", ", ")), to);
    }

    private static Instant receivedAt(String id) {
        return MailArchive.ID_TIME.parse(id.substring(0, 19), Instant::from);
    }

    private static String decoded(String header) {
        if (header == null) {
            return "";
        }
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(header)).trim();
        } catch (IOException e) {
            return header.trim();
        }
    }

    private static void collect(Part part, Parts parts) throws MessagingException, IOException {
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
        if (!attachment && part.isMimeType("text/plain") && parts.text == null) {
            parts.text = text(part);
        } else if (!attachment && part.isMimeType("text/html") && parts.html == null) {
            parts.html = text(part);
        } else if (!attachment && part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), parts);
            }
        } else {
            String name = part.getFileName() != null ? decoded(part.getFileName()) : "(unnamed)";
            parts.attachments.add(name + " (" + part.getContentType().split(";")[0] + ")");
        }
    }

    private static String text(Part part) throws MessagingException, IOException {
        try {
            return String.valueOf(part.getContent());
        } catch (IOException unknownCharset) {
            try (InputStream in = part.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    /** What the list shows for one message. */
    record Summary(String id, Instant receivedAt, String subject, String from, String to) {
    }

    /** One message as the detail page shows it; {@code text} and {@code html} are null when absent. */
    record Message(Summary summary, String cc, String date, String envelopeTo, String text, String html,
                   List<String> attachments) {
    }

    private static final class Parts {
        private String text;
        private String html;
        private final List<String> attachments = new ArrayList<>();
    }
}
