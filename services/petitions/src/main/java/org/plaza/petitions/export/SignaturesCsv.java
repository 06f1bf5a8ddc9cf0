package org.plaza.petitions.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.plaza.petitions.signature.SignerRow;
import org.springframework.context.MessageSource;

/** Writes signer rows as CSV with a UTF-8 byte order mark (so spreadsheet programs show accents), headers in the staff member's language. */
final class SignaturesCsv {

    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
    private static final String[] COLUMNS = { "signatureId", "fullName", "community", "language", "verifiedAt",
            "updatesOptIn", "volunteerOptIn", "comment" };

    private SignaturesCsv() {
    }

    static long write(Stream<SignerRow> rows, OutputStream out, MessageSource messages, Locale locale)
            throws IOException {
        out.write(BOM);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        String[] header = new String[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            header[i] = messages.getMessage("export.csv." + COLUMNS[i], null, locale);
        }
        long count = 0;
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header).get())) {
            for (SignerRow row : (Iterable<SignerRow>) rows::iterator) {
                csv.printRecord(row.signatureId(), safe(row.fullName()), row.community(), row.language(),
                        row.verifiedAt(), row.updatesOptIn(), row.volunteerOptIn(), safe(row.visibleComment()));
                if (++count % 500 == 0) {
                    csv.flush();
                }
            }
        }
        return count;
    }

    /** Spreadsheet programs run cells that start with = + - @ as formulas; such text gets a leading quote. */
    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
