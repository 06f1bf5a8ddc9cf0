package org.plaza.devstack.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Writes received messages as {@code <yyyyMMdd-HHmmss-SSS>-<nnn>.eml} (UTC receive time), so names
 * sort by arrival. The envelope recipients (Bcc included) go into an {@code X-Plaza-Envelope-To}
 * header in front of the message as received. Files appear atomically: readers never see half a message.
 */
final class MailArchive {

    static final String ENVELOPE_TO = "X-Plaza-Envelope-To";
    static final DateTimeFormatter ID_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Path directory;
    private final Clock clock;

    MailArchive(Path directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /** Stores one message and returns its id (the file name without {@code .eml}). */
    synchronized String store(MimeMessage message, Collection<String> envelopeTo) throws IOException, MessagingException {
        Files.createDirectories(directory);
        String stamp = ID_TIME.format(clock.instant());
        String id;
        int sequence = 0;
        do {
            id = String.format(Locale.ROOT, "%s-%03d", stamp, sequence++);
        } while (Files.exists(directory.resolve(id + ".eml")));
        Path tmp = directory.resolve("." + id + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            String header = ENVELOPE_TO + ": " + String.join(", ", envelopeTo) + "\r\n";
            out.write(header.getBytes(StandardCharsets.UTF_8));
            message.writeTo(out);
        }
        Files.move(tmp, directory.resolve(id + ".eml"), StandardCopyOption.ATOMIC_MOVE);
        return id;
    }
}
