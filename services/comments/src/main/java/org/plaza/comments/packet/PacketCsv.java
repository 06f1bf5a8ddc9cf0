package org.plaza.comments.packet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bson.Document;

/**
 * The packet as a spreadsheet: one row per comment in the PDF's order, exact text (every character),
 * UTF-8 with a byte-order mark so spreadsheet programs show accents. Cells that a spreadsheet would run
 * as a formula get a leading apostrophe.
 */
final class PacketCsv {

    static final String[] HEADER = { "comment_id", "group_id", "group_size", "name", "community", "organization",
            "position", "language", "comment", "translation", "wants_to_speak", "speaking_language",
            "interpretation_needed", "confirmed_at" };

    private final String meetingLanguage;

    PacketCsv(String meetingLanguage) {
        this.meetingLanguage = meetingLanguage;
    }

    void write(OutputStream out, PacketSource source) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
            try (Stream<Document> multi = source.multiGroups(); Stream<PacketRow> rows = source.byGroup()) {
                GroupSizes sizes = new GroupSizes(multi.iterator());
                for (PacketRow row : (Iterable<PacketRow>) rows::iterator) {
                    int size = row.groupKey() == null ? 1 : sizes.sizeOf(row.groupKey());
                    String interpretation = row.wantsToSpeak() && row.speakingLanguage() != null
                            && !row.speakingLanguage().equals(meetingLanguage) ? row.speakingLanguage() : "";
                    csv.printRecord(row.id(), row.effectiveGroup(), size, safe(row.name()), row.community(),
                            safe(row.organization()), row.position(), row.language(), safe(row.text()),
                            safe(row.translation()), row.wantsToSpeak(),
                            row.wantsToSpeak() && row.speakingLanguage() != null ? row.speakingLanguage() : "",
                            interpretation, row.confirmedAt() == null ? "" : row.confirmedAt().toString());
                }
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the packet CSV", e);
        }
    }

    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '@' || first == '\t' || first == '\r' ? "'" + value : value;
    }
}
