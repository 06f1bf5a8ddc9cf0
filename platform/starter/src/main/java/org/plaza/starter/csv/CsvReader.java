package org.plaza.starter.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a typed sheet (a CSV file a spreadsheet wrote) for an import: strictly UTF-8 (a byte-order mark is fine;
 * anything else is a {@link NotUtf8Exception}, so a file saved in another encoding is refused rather than read with
 * mangled accents), RFC 4180 (quoted fields with doubled quotes, CRLF or LF line ends, line breaks inside quotes),
 * the delimiter the header uses (a comma, or a semicolon where a spreadsheet in Spanish wrote one), blank lines
 * skipped. Columns are found by names in English or Spanish compared as {@link #word words}; answers in a
 * checkbox column are read by {@link #answer}; a text cell that a spreadsheet would run is {@link #looksLikeFormula}.
 */
public final class CsvReader {

    /**
     * The columns of a sheet about people, for {@link #columns}: {@code name}, {@code email}, {@code phone},
     * {@code language}, {@code community} and {@code consent}, each under its English and Spanish names (as
     * {@link #word words}: "Correo electrónico" is {@code correoelectronico}).
     */
    public static final Map<String, String> PERSON_COLUMNS = personColumns();

    private static final Set<String> YES = Set.of("yes", "y", "si", "s", "x", "1", "true", "ok");
    private static final Set<String> NO = Set.of("no", "n", "0", "false");

    private CsvReader() {
    }

    /** Every record of a file's bytes, header first. @throws NotUtf8Exception when the bytes are not UTF-8 */
    public static List<Line> read(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return read(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException notUtf8) {
            throw new NotUtf8Exception();
        }
    }

    /** Every record, header first, each with the line it started on. */
    public static List<Line> read(String text) {
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

    /**
     * The columns a header names: for each cell whose {@link #word} is a key of {@code aliases}, the column it
     * stands for and its index (the first one wins when two cells name the same column).
     */
    public static Map<String, Integer> columns(Line header, Map<String, String> aliases) {
        Map<String, Integer> found = new LinkedHashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String column = aliases.get(word(header.fields().get(i)));
            if (column != null) {
                found.putIfAbsent(column, i);
            }
        }
        return found;
    }

    /** Lower case, without accents, spaces, hyphens, dots or underscores: how names and answers are compared. */
    public static String word(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.]", "");
    }

    /** A checkbox column's cell: yes (yes, sí, x, 1, true, ok), no (no, 0, false), blank, or neither. */
    public static Answer answer(String cell) {
        String word = word(cell);
        return word.isEmpty() ? Answer.BLANK : YES.contains(word) ? Answer.YES : NO.contains(word) ? Answer.NO
                : Answer.UNKNOWN;
    }

    /** Whether a text cell starts as a spreadsheet formula would ({@code = + @}, tab or carriage return). */
    public static boolean looksLikeFormula(String text) {
        return text != null && !text.isEmpty() && "=+@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    private static Map<String, String> personColumns() {
        Map<String, String> columns = new HashMap<>();
        for (String alias : List.of("name", "fullname", "nombre", "nombrecompleto")) {
            columns.put(alias, "name");
        }
        for (String alias : List.of("email", "emailaddress", "correo", "correoelectronico", "mail")) {
            columns.put(alias, "email");
        }
        for (String alias : List.of("phone", "mobile", "cell", "telefono", "celular", "movil")) {
            columns.put(alias, "phone");
        }
        for (String alias : List.of("language", "idioma", "lengua")) {
            columns.put(alias, "language");
        }
        for (String alias : List.of("community", "comunidad")) {
            columns.put(alias, "community");
        }
        for (String alias : List.of("consent", "updates", "agreed", "acepta", "noticias", "consentimiento")) {
            columns.put(alias, "consent");
        }
        return Map.copyOf(columns);
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
    public record Line(int number, List<String> fields) {

        /** The cell of a column, stripped; "" when the column is absent or the row shorter. */
        public String field(int column) {
            return column < 0 || column >= fields.size() ? "" : fields.get(column).strip();
        }

        /** The cell of a named column found by {@link CsvReader#columns}; "" when the header has no such column. */
        public String field(Map<String, Integer> columns, String column) {
            Integer index = columns.get(column);
            return index == null ? "" : field(index);
        }
    }

    /** A checkbox column's answer. */
    public enum Answer {
        YES, NO, BLANK, UNKNOWN
    }

    /** The file is not UTF-8 (a spreadsheet saved it as "CSV" in a legacy encoding, not "CSV UTF-8"). */
    public static final class NotUtf8Exception extends RuntimeException {

        private static final long serialVersionUID = 1L;

        NotUtf8Exception() {
            super("The file is not UTF-8");
        }
    }
}
