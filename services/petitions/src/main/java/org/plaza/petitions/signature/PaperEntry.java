package org.plaza.petitions.signature;

import java.time.LocalDate;

/**
 * The provenance of a signature typed in from paper: the sheet (its number or id as written on it), who collected
 * it, where (a place such as "Mecca swap meet"; the signer's community is the signature's own), the day it was
 * signed, the staff member who typed it in and, for a row of an imported file, the import and the file's line. The
 * signer's phone, when the sheet gives one, is kept here too and goes with the rest of the signer's personal data.
 */
public record PaperEntry(String sheet, String collector, String place, LocalDate collectedOn, String enteredBy,
        String importId, Integer line, String phone) {
}
