package org.plaza.petitions.paper;

import java.util.List;

/**
 * What an import of a typed sheet did: the rows it read, how many became signatures, the rows of people who had
 * already signed (the earlier line of the same file, or the channel and sheet of their signature), and each refused
 * row with its line, column and the message key of the reason.
 */
public record ImportReport(String importId, String fileName, String sheet, int rowsRead, int accepted,
        List<Duplicate> duplicates, List<RowError> errors, long sheetCount) {

    public ImportReport {
        duplicates = List.copyOf(duplicates);
        errors = List.copyOf(errors);
    }

    /** A row whose signer had already signed: in this file ({@code earlierLine}) or before. */
    public record Duplicate(int line, Integer earlierLine, String existingChannel, String existingSheet) {
    }

    /** A refused row: its line in the file, the column and why (a message key with its arguments). */
    public record RowError(int line, String column, String messageKey, List<Object> arguments) {
    }
}
