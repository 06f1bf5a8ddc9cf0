package org.plaza.petitions.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.stream.Stream;

import org.plaza.petitions.signature.SignerRow;
import org.plaza.starter.csv.CsvLabels;
import org.plaza.starter.csv.CsvWriter;

/**
 * Writes signer rows with the starter's {@link CsvWriter}, headers and values in the staff member's language (the
 * starter's {@link CsvLabels}: community and language names, yes or no, the channel's name); each row says its
 * channel (online, paper form, canvass) and, for paper, its sheet and day, so the file counts each channel.
 */
final class SignaturesCsv {

    private static final String[] COLUMNS = { "signatureId", "fullName", "community", "language", "verifiedAt",
            "updatesOptIn", "volunteerOptIn", "comment", "channel", "sheet", "collectedOn" };

    private SignaturesCsv() {
    }

    static long write(Stream<SignerRow> rows, OutputStream out, CsvLabels labels) throws IOException {
        try (CsvWriter csv = CsvWriter.open(out, labels.header("export.csv.", COLUMNS))) {
            for (SignerRow row : (Iterable<SignerRow>) rows::iterator) {
                csv.row(row.signatureId(), row.fullName(), labels.community(row.community()),
                        labels.language(row.language()), row.verifiedAt(), labels.yesNo(row.updatesOptIn()),
                        labels.yesNo(row.volunteerOptIn()), row.visibleComment(),
                        labels.named("paper.channel.", row.channel()), row.sheet(), row.collectedOn());
            }
            return csv.rows();
        }
    }
}
