package org.plaza.outreach.volunteer;

import java.util.Arrays;
import java.util.Optional;

/**
 * A language a volunteer speaks, as the form offers it. Spanish and English carry their ISO 639-1 code in
 * events; another language is kept in outreach only, as the volunteer wrote it.
 */
public enum SpokenLanguage {
    ES("es"), EN("en"), OTHER(null);

    private final String isoCode;

    SpokenLanguage(String isoCode) {
        this.isoCode = isoCode;
    }

    /** The ISO 639-1 code events carry; empty for another language. */
    public Optional<String> isoCode() {
        return Optional.ofNullable(isoCode);
    }

    public static Optional<SpokenLanguage> ofIsoCode(String code) {
        return Arrays.stream(values()).filter(l -> l.isoCode != null && l.isoCode.equals(code)).findFirst();
    }
}
