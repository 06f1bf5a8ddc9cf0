package org.plaza.supporters.transfer;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV text as spreadsheets write it (RFC 4180: quoted fields with doubled quotes, CRLF or LF line ends, line
 * breaks inside quotes). The delimiter is the header's: a comma, or a semicolon where a spreadsheet in Spanish wrote
 * one. Blank lines are skipped.
 */
final class CsvReader {

    private CsvReader() {
    }

    /** Every record, header first, each with the line it started on. */
    static List<Line> read(String text) {
        char delimiter = delimiterOf(text);
        List<Line> lines = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int lineNumber = 1;
        int startLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        lineNumber++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                add(lines, fields, startLine);
                fields = new ArrayList<>();
                lineNumber++;
                startLine = lineNumber;
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            add(lines, fields, startLine);
        }
        return lines;
    }

    private static void add(List<Line> lines, List<String> fields, int line) {
        if (fields.stream().allMatch(String::isBlank)) {
            return;
        }
        lines.add(new Line(line, List.copyOf(fields)));
    }

    private static char delimiterOf(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        return header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count() ? ';' : ',';
    }

    /** @param number the line of the file the record starts on; @param fields its cells */
    record Line(int number, List<String> fields) {

        String field(int column) {
            return column < 0 || column >= fields.size() ? "" : fields.get(column).strip();
        }
    }
}
