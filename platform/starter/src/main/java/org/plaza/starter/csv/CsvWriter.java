package org.plaza.starter.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a CSV file that spreadsheet programs open safely, one row at a time so a large export is never
 * held in memory:
 * <ul>
 * <li>UTF-8 with a byte-order mark, so Excel shows accents;</li>
 * <li>RFC 4180: comma separated, CRLF line ends, a cell with a comma, quote or line break in quotes;</li>
 * <li>the OWASP formula-injection guard: a text cell that starts with {@code = + - @}, a tab or a carriage
 * return would be run as a formula, so it gets a leading apostrophe ({@link #neutralize(String)}). Numbers
 * and booleans are written as they are, so a negative count stays a number.</li>
 * </ul>
 * Rows are flushed to the stream every {@value #FLUSH_EVERY} rows and at {@link #close()}. Closing flushes
 * but leaves the stream open: whoever opened the stream closes it.
 */
public final class CsvWriter implements AutoCloseable {

    static final int FLUSH_EVERY = 500;

    private final CSVPrinter printer;
    private long rows;

    private CsvWriter(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Starts a file on {@code out}: the byte-order mark, then the header row. */
    public static CsvWriter open(OutputStream out, String... header) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        CsvWriter csv = new CsvWriter(printer);
        csv.printer.printRecord((Object[]) cells(header));
        return csv;
    }

    /** Writes one row; {@code null} is an empty cell, text is guarded, numbers and booleans are written as they are. */
    public CsvWriter row(Object... cells) throws IOException {
        printer.printRecord((Object[]) cells(cells));
        if (++rows % FLUSH_EVERY == 0) {
            printer.flush();
        }
        return this;
    }

    /** How many rows were written after the header. */
    public long rows() {
        return rows;
    }

    /** Pushes the rows written so far to the stream. */
    public void flush() throws IOException {
        printer.flush();
    }

    /** Flushes; the stream stays open. */
    @Override
    public void close() throws IOException {
        printer.flush();
    }

    /**
     * A text that a spreadsheet would read as a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab or
     * carriage return first) with a leading apostrophe, which spreadsheets show as text; any other text as it is.
     */
    public static String neutralize(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    private static Object[] cells(Object[] values) {
        Object[] cells = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            cells[i] = value == null ? "" : value instanceof Number || value instanceof Boolean ? value
                    : neutralize(value.toString());
        }
        return cells;
    }
}
