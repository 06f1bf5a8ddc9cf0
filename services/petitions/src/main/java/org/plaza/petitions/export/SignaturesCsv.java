package org.plaza.petitions.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.stream.Stream;

import org.plaza.petitions.signature.SignerRow;
import org.plaza.starter.csv.CsvWriter;
import org.springframework.context.MessageSource;

/**
 * Writes signer rows with the starter's {@link CsvWriter}, headers in the staff member's language; each row says its
 * channel (WEB, PAPER_FORM, CANVASS) and, for paper, its sheet and day, so the file counts each channel.
 */
final class SignaturesCsv {

    private static final String[] COLUMNS = { "signatureId", "fullName", "community", "language", "verifiedAt",
            "updatesOptIn", "volunteerOptIn", "comment", "channel", "sheet", "collectedOn" };

    private SignaturesCsv() {
    }

    static long write(Stream<SignerRow> rows, OutputStream out, MessageSource messages, Locale locale)
            throws IOException {
        String[] header = new String[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            header[i] = messages.getMessage("export.csv." + COLUMNS[i], null, locale);
        }
        try (CsvWriter csv = CsvWriter.open(out, header)) {
            for (SignerRow row : (Iterable<SignerRow>) rows::iterator) {
                csv.row(row.signatureId(), row.fullName(), row.community(), row.language(), row.verifiedAt(),
                        row.updatesOptIn(), row.volunteerOptIn(), row.visibleComment(), row.channel(), row.sheet(),
                        row.collectedOn());
            }
            return csv.rows();
        }
    }
}
