package org.plaza.comments.packet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.stream.Stream;

import org.bson.Document;
import org.plaza.starter.csv.CsvWriter;

/**
 * The packet as a spreadsheet: one row per comment in the PDF's order, exact text (every character),
 * written with the starter's {@link CsvWriter} (byte-order mark, quoting, formula guard).
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
        try (Stream<Document> multi = source.multiGroups(); Stream<PacketRow> rows = source.byGroup()) {
            write(out, new GroupSizes(multi.iterator()), rows);
        }
    }

    /** The rows in the packet's order, with the sizes of groups of more than one comment. */
    void write(OutputStream out, GroupSizes sizes, Stream<PacketRow> rows) {
        try (CsvWriter csv = CsvWriter.open(out, HEADER)) {
            for (PacketRow row : (Iterable<PacketRow>) rows::iterator) {
                int size = row.groupKey() == null ? 1 : sizes.sizeOf(row.groupKey());
                String speaking = row.wantsToSpeak() && row.speakingLanguage() != null ? row.speakingLanguage() : "";
                String interpretation = !speaking.isEmpty() && !speaking.equals(meetingLanguage) ? speaking : "";
                csv.row(row.id(), row.effectiveGroup(), size, row.name(), row.community(), row.organization(),
                        row.position(), row.language(), row.text(), row.translation(), row.wantsToSpeak(), speaking,
                        interpretation, row.confirmedAt());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the packet CSV", e);
        }
    }
}
