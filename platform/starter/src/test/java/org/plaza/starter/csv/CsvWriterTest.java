package org.plaza.starter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvWriterTest {

    @Test
    void startsWithAByteOrderMarkSoSpreadsheetsShowAccents() throws IOException {
        byte[] file = write(new String[] { "nombre" }, new Object[] { "Xóchitl Peña" });

        assertThat(file).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(file, StandardCharsets.UTF_8).substring(1)).isEqualTo("nombre\r\nXóchitl Peña\r\n");
    }

    @Test
    void quotesCommasQuotesAndLineBreaksAsRfc4180Says() throws IOException {
        List<CSVRecord> rows = read(write(new String[] { "a", "b", "c" },
                new Object[] { "Oasis, Mecca", "dijo \"no\"", "línea 1\nlínea 2" }));

        assertThat(rows.get(1).values()).containsExactly("Oasis, Mecca", "dijo \"no\"", "línea 1\nlínea 2");
    }

    @ParameterizedTest
    @ValueSource(strings = { "=HYPERLINK(\"http://x\")", "+1+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1" })
    void aTextCellThatASpreadsheetWouldRunAsAFormulaIsNeutralized(String attack) throws IOException {
        List<CSVRecord> rows = read(write(new String[] { "comment" }, new Object[] { attack }));

        assertThat(rows.get(1).get(0)).isEqualTo("'" + attack);
    }

    @Test
    void aHeaderThatLooksLikeAFormulaIsNeutralizedToo() throws IOException {
        assertThat(read(write(new String[] { "=cmd" })).get(0).get(0)).isEqualTo("'=cmd");
    }

    @Test
    void numbersBooleansAndEmptyCellsAreWrittenAsTheyAre() throws IOException {
        List<CSVRecord> rows = read(write(new String[] { "n", "b", "empty", "text" },
                new Object[] { -5L, true, null, "a-b" }));

        assertThat(rows.get(1).values()).containsExactly("-5", "true", "", "a-b");
    }

    @Test
    void streamsRowsToTheOutputWhileWriting() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter csv = CsvWriter.open(out, "n")) {
            for (int i = 0; i < CsvWriter.FLUSH_EVERY; i++) {
                csv.row(i);
            }
            assertThat(out.size()).as("flushed before the end").isGreaterThan(CsvWriter.FLUSH_EVERY * 2);
            assertThat(csv.rows()).isEqualTo(CsvWriter.FLUSH_EVERY);
        }
    }

    private static byte[] write(String[] header, Object[]... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter csv = CsvWriter.open(out, header)) {
            for (Object[] row : rows) {
                csv.row(row);
            }
        }
        return out.toByteArray();
    }

    private static List<CSVRecord> read(byte[] file) throws IOException {
        String text = new String(file, StandardCharsets.UTF_8).substring(1);
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }
}
