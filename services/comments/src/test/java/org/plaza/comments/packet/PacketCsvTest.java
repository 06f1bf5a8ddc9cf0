package org.plaza.comments.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** What residents typed reaches the clerk's spreadsheet as text, never as a formula. */
class PacketCsvTest {

    @Test
    void aCommentStartingWithMinusIsNotAFormulaInTheClerksPacketCsv() throws Exception {
        CSVRecord row = write(new PacketRow("cmt-1", null, "Ana", "MECCA", null, "OPPOSE", "es",
                "-2+3+cmd|' /C calc'!A0", null, false, null, Instant.parse("2026-12-01T10:00:00Z")));

        assertThat(row.get("comment")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
    }

    @Test
    void aNameOrOrganizationStartingWithAFormulaSignIsNeutralized() throws Exception {
        CSVRecord row = write(new PacketRow("cmt-2", null, "=HYPERLINK(\"http://x\")", "MECCA", "@SUM(A1)", "OPPOSE",
                "es", "Texto", "+1", true, "en", Instant.parse("2026-12-01T10:00:00Z")));

        assertThat(row.get("name")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(row.get("organization")).isEqualTo("'@SUM(A1)");
        assertThat(row.get("translation")).isEqualTo("'+1");
        assertThat(row.get("interpretation_needed")).isEqualTo("en");
    }

    private static CSVRecord write(PacketRow row) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PacketCsv("es").write(out, new GroupSizes(Collections.emptyIterator()), Stream.of(row));
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(bytes, StandardCharsets.UTF_8).substring(1))).getRecords();
        return records.get(0);
    }
}
