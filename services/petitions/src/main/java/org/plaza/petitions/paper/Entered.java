package org.plaza.petitions.paper;

/**
 * What became of one typed row: {@code ACCEPTED} (the new signature's id), or {@code DUPLICATE} when the person had
 * already signed the petition (on the web or on paper: {@code existingChannel}, and {@code existingSheet} for paper);
 * {@code sheetCount} is how many signatures of the sheet the petition now holds.
 */
public record Entered(Outcome outcome, String signatureId, String existingChannel, String existingSheet,
        long sheetCount) {

    /** Whether the row became a signature. */
    public enum Outcome {
        ACCEPTED, DUPLICATE
    }
}
